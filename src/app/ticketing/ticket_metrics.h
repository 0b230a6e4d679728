// What a NOC alerts on in the ticket queue (issue 14 item 6): tickets not closed or cancelled by
// priority and status, those past their due instant (SLA-026, as the breach watch marked them)
// and those falling due within the hour. Read at each scrape of GET /metrics.
#pragma once

#include <array>
#include <cstdint>

#include "app/core/storage.h"
#include "domain/sla/priority.h"
#include "domain/ticketing/ticket.h"

namespace bizline {

inline constexpr std::array kTicketStatuses{TicketStatus::kAcknowledged, TicketStatus::kInProgress,
                                            TicketStatus::kPending,      TicketStatus::kResolved,
                                            TicketStatus::kClosed,       TicketStatus::kCancelled};
inline constexpr std::array kPriorities{Priority::kP1, Priority::kP2, Priority::kP3, Priority::kP4};

struct TicketMetrics {
  struct Count {
    Priority priority;
    TicketStatus status;
    std::int64_t tickets = 0;
  };
  std::vector<Count> open;                              // every priority x every status that is not final (DESK-016)
  std::array<std::int64_t, kPriorityCount> breached{};  // not final and past due, by priority
  std::array<std::int64_t, kPriorityCount> due_within_hour{};  // unresolved, not yet due, due within the hour
};

Result<TicketMetrics> ReadTicketMetrics(Storage& storage, Instant now);

}  // namespace bizline
