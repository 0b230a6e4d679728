// TMF637 Product <-> domain Product. The line's recorded attributes (speeds, CPE, wifi, ports,
// mailboxes, firewall, mobile backup, SLA tier, addresses, initial term) travel as
// `productCharacteristic` entries; the customer as `relatedParty`, the site as `place`, the
// order as `productOrderItem`, the initial term (CON-008) as a `productTerm`.
#pragma once

#include "app/product_service.h"
#include "http/json_io.h"

namespace bizline::http {

inline constexpr std::string_view kProductBase = "/tmf-api/productInventory/v4/product";

json ProductToJson(const Product& product);

// The list filters: status, productOffering.id, relatedParty.id (staff), place.id.
Result<ProductFilter> ProductFilterFromQuery(const Request& request);

}  // namespace bizline::http
