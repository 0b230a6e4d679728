// Lines a NOC follows (issue 14 item 6): lines by status, and activations so far (every line of
// the inventory was activated once: CON-007). Read at each scrape of GET /metrics.
#pragma once

#include <cstdint>
#include <vector>

#include "app/core/storage.h"
#include "domain/inventory/product.h"

namespace bizline {

struct LineMetrics {
  std::vector<std::pair<ProductStatus, std::int64_t>> by_status;
  std::int64_t activations = 0;
};

Result<LineMetrics> ReadLineMetrics(Storage& storage);

}  // namespace bizline
