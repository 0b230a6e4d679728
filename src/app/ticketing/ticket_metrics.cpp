#include "app/ticketing/ticket_metrics.h"

#include "app/ticketing/ports.h"
#include "domain/ticketing/lifecycle.h"

namespace bizline {
namespace {

Result<std::int64_t> Count(Transaction& tx, const TicketFilter& filter) {
  ASSIGN_OR_RETURN(auto page, Tickets(tx).List(filter, PageRequest{0, 1}));
  return page.total;
}

}  // namespace

Result<TicketMetrics> ReadTicketMetrics(Storage& storage, Instant now) {
  ASSIGN_OR_RETURN(auto tx, storage.Begin(TxMode::kRead));
  TicketMetrics out;
  std::vector<TicketStatus> open, unresolved;
  for (TicketStatus status : kTicketStatuses) {
    if (IsFinal(status)) continue;
    open.push_back(status);
    if (status != TicketStatus::kResolved) unresolved.push_back(status);
  }
  for (Priority priority : kPriorities) {
    TicketFilter filter;
    filter.priority = priority;
    for (TicketStatus status : open) {
      filter.statuses = {status};
      ASSIGN_OR_RETURN(std::int64_t n, Count(*tx, filter));
      out.open.push_back({priority, status, n});
    }
    filter.statuses = open;
    filter.breached = BreachFilter::kBreached;
    ASSIGN_OR_RETURN(out.breached[PriorityIndex(priority)], Count(*tx, filter));
    filter.statuses = unresolved;
    filter.breached = BreachFilter::kNotBreached;
    filter.due_before = now + std::chrono::hours(1);
    ASSIGN_OR_RETURN(out.due_within_hour[PriorityIndex(priority)], Count(*tx, filter));
  }
  return out;
}

}  // namespace bizline
