// The verdict on an Order Form as received, shared by `bizline order check` and `POST
// productOrder` so both answer the same for the same order: the problems found while reading it
// (a malformed field) plus every eligibility violation (CheckOrderEligibility) that is not about
// a field already reported as malformed.
#pragma once

#include <string_view>
#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/ordering/order_request.h"

namespace bizline {

// The field of a violation about the whole input (it could not be read at all).
inline constexpr std::string_view kWholeOrderField = "order";

std::vector<Violation> CheckOrderForm(const Catalog& catalog, const OrderRequest& order,
                                      const std::vector<Violation>& parse_violations);

}  // namespace bizline
