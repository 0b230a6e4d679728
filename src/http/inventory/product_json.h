// TMF637 Product <-> domain Product. The line's recorded attributes (speeds, CPE, wifi, ports,
// mailboxes, firewall, mobile backup, SLA tier, addresses, initial term) travel as
// `productCharacteristic` entries; the customer as `relatedParty`, the site as `place`, the
// order as `productOrderItem`, the initial term (CON-008) as a `productTerm`, the lent CPE as a
// `realizingResource` (CAT-045). Also the bodies of the staff operations on a line
// (termination, option, renumbering, firewall change) and the RIPE-488 request resource.
#pragma once

#include "app/inventory/ports.h"
#include "app/inventory/product_service.h"
#include "app/ipam/ports.h"
#include "http/core/json_io.h"

namespace bizline::http {

inline constexpr std::string_view kProductBase = "/tmf-api/productInventory/v4/product";

inline constexpr std::string_view kRipeRequestBase = "/api/v1/ripeRequest";

// `service_window`: the line's Service Window text (app/inventory/service_windows.h), if any.
json ProductToJson(const Product& product, const std::optional<std::string>& service_window);
json FirewallChangeToJson(const FirewallChangeRequest& request);
json RipeRequestToJson(const RipeRequest& request);

// TMF637 PATCH {"status": "terminated", "terminationDate": "..."}: the termination date, or
// nullopt for "now".
Result<std::optional<Instant>> TerminationFromJson(const json& body);
// {"option": {"id": "...", "characteristics": {...}}, "requestedReadyForService": "..."}
Result<OptionRequest> OptionRequestFromJson(const json& body);
// {"targets": ["fixedIpv4", "ipPack"]}
Result<std::vector<RenumberTarget>> RenumberTargetsFromJson(const json& body);
// {"status": "approved"} or {"status": "rejected", "rejectionReason": "..."}
Result<std::pair<RipeStatus, std::string>> RipeDecisionFromJson(const json& body);
Result<RipeFilter> RipeFilterFromQuery(const Request& request);

// The list filters: status, productOffering.id, relatedParty.id (staff), place.id.
Result<ProductFilter> ProductFilterFromQuery(const Request& request);

}  // namespace bizline::http
