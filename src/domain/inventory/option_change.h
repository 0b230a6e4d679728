// Adding an option to an active line (a change after activation): the option is checked
// against the catalog with the order eligibility rules (offered by the formula, its
// characteristics, one speed upgrade, one SLA tier), must not be on the line already, and may
// not come with Rush Provisioning (ORD-041). The result is the line as it will be and the
// addresses IPAM must add; an IP Pack above /27 takes the RIPE-488 path as at activation (IP-008).
#pragma once

#include <optional>
#include <string>

#include "domain/catalog/catalog.h"
#include "domain/core/result.h"
#include "domain/inventory/line_builder.h"
#include "domain/inventory/product.h"
#include "domain/ordering/order_request.h"

namespace bizline {

struct OptionRequest {
  OrderOption option;
  // ORD-039: a Requested Ready For Service date asks for rush delivery, refused after
  // activation (ORD-041); any value is refused, it is kept only to name it in the error.
  std::optional<std::string> requested_ready_for_service;
};

struct OptionChange {
  Product line;             // with the option, its speed, SLA tier, wifi or mobile backup
  AddressNeeds added;       // kFixed / a pack size only for what the line lacks
  int ripe_block_size = 0;  // IP-008: an IP Pack above /27 becomes a RIPE-488 request
};

// Errors name the request field ("option.id", "option.ipv4BlockSize", "requestedReadyForService")
// and the rule; an inactive line fails with FailedPrecondition.
Result<OptionChange> PlanOptionChange(const Catalog& catalog, const Product& line, const OptionRequest& request);

}  // namespace bizline
