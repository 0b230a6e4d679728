#include "app/inventory/line_metrics.h"

#include "app/inventory/ports.h"

namespace bizline {

Result<LineMetrics> ReadLineMetrics(Storage& storage) {
  ASSIGN_OR_RETURN(auto tx, storage.Begin(TxMode::kRead));
  LineMetrics out;
  for (const auto& [status, name] : kProductStatusNames.rows) {
    ProductFilter filter;
    filter.status = status;
    ASSIGN_OR_RETURN(auto page, Products(*tx).List(filter, PageRequest{0, 1}));
    out.by_status.emplace_back(status, page.total);
    out.activations += page.total;
  }
  return out;
}

}  // namespace bizline
