#include "app/ordering/order_metrics.h"

#include "app/ordering/ports.h"
#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

Result<std::int64_t> Count(Transaction& tx, const OrderFilter& filter) {
  ASSIGN_OR_RETURN(auto page, Orders(tx).List(filter, PageRequest{0, 1}));
  return page.total;
}

}  // namespace

Result<OrderMetrics> ReadOrderMetrics(Storage& storage, Instant now) {
  ASSIGN_OR_RETURN(auto tx, storage.Begin(TxMode::kRead));
  OrderMetrics out;
  for (const auto& [state, name] : kOrderStateNames.rows) {
    OrderFilter filter;
    filter.state = state;
    ASSIGN_OR_RETURN(std::int64_t n, Count(*tx, filter));
    out.by_state.emplace_back(state, n);
  }
  OrderFilter late;
  late.late_on = BrusselsDay(now);  // ORD-034
  ASSIGN_OR_RETURN(out.late, Count(*tx, late));
  return out;
}

}  // namespace bizline
