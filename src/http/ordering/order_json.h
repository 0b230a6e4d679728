// TMF622 ProductOrder <-> domain. A create body names the orderer (relatedParty, role
// customer), one productOrderItem for the service formula with its installation site
// (product.place, role installationSite) and its characteristics (wifi, initialTermMonths,
// technology, compatibleLine), and one nested productOrderItem per option with the option's
// characteristics. It is translated into the Order Form shape that `bizline order check` reads
// (order_form_json.h), so violations name the same Order Form fields in both. Implementation
// contacts come as relatedParty with role implementationContact {name, phone, email}, at
// creation or on PATCH, which also carries the other implementation-phase changes (siteReadiness,
// quote, quoteAnswer, infrastructureWorks, worksUpdate, mobileBackup, lateActivation).
#pragma once

#include <string_view>

#include "app/ordering/order_service.h"
#include "app/ordering/ports.h"
#include "http/core/json_io.h"

namespace bizline::http {

inline constexpr std::string_view kProductOrderBase = "/tmf-api/productOrderingManagement/v4/productOrder";

// The intake of a create body. Only a body that cannot be read as an order at all is an Error;
// anything wrong inside the order becomes a violation in `intake.parse_violations`.
Result<OrderIntake> OrderIntakeFromJson(const json& body);

// The Order Form shape of a TMF622 create body (formula, options, characteristics): what
// `bizline order check` would be given for the same order.
Result<json> OrderFormOf(const json& body);

// The order with its implementation-phase parts: implementation contacts among relatedParty,
// siteReadiness (applicability by the formula's technology from `catalog`), quote,
// infrastructureWorks, lateActivationNotice, mobileBackup, additionalCharges and orderTotalPrice.
json OrderToJson(const ProductOrder& order, const Catalog& catalog);
// The 400 body of a refused order: a TMF Error listing every violation.
json ViolationsErrorJson(const std::vector<Violation>& violations);

Result<OrderChange> OrderChangeFromJson(const json& body);
Result<OrderFilter> OrderFilterFromQuery(const Request& request);
// ?late=true: only orders past their target activation date (ORD-034).
Result<bool> LateOnlyFromQuery(const Request& request);

}  // namespace bizline::http
