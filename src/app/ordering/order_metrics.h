// Orders a NOC follows (issue 14 item 6): how many are in each state, and how many are late
// (ORD-034: past their target activation date and not activated). Read at each scrape.
#pragma once

#include <cstdint>
#include <vector>

#include "app/core/storage.h"
#include "domain/ordering/order.h"

namespace bizline {

struct OrderMetrics {
  std::vector<std::pair<OrderState, std::int64_t>> by_state;
  std::int64_t late = 0;
};

Result<OrderMetrics> ReadOrderMetrics(Storage& storage, Instant now);

}  // namespace bizline
