// Order eligibility: may this Order Form be accepted for this catalog? A pure function that
// reports every violation at once (never only the first), each with its rule ID, so a sales
// person can fix the whole form in one go. What it checks: the formula exists and is on sale
// (stop-sell takes no new orders), each option is offered by the formula (DEF/OPT, "–" is not
// offered), option characteristics (IP Pack sizes; the positive feasibility study mobile backup
// needs where it is an option, CAT-086), at most one speed upgrade and one SLA tier,
// the wifi rules, the initial term and the Client's size (CON-004). Rush Provisioning "only
// before activation" (ORD-040) is the order lifecycle's check, not this one.
#pragma once

#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/ordering/order_request.h"

namespace bizline {

// Empty when the order is eligible.
std::vector<Violation> CheckOrderEligibility(const Catalog& catalog, const OrderRequest& order);

}  // namespace bizline
