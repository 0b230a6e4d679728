#include "domain/ticketing/lifecycle.h"

namespace bizline {

bool IsFinal(TicketStatus status) { return status == TicketStatus::kClosed || status == TicketStatus::kCancelled; }

bool IsTransitionAllowed(TicketStatus from, TicketStatus to) {
  using S = TicketStatus;
  if (IsFinal(from) || from == to) return false;
  switch (to) {
    case S::kAcknowledged: return false;                 // only ever the first status
    case S::kInProgress: return from != S::kInProgress;  // start, resume after pending, reopen
    case S::kPending: return from == S::kAcknowledged || from == S::kInProgress;
    case S::kResolved: return from != S::kResolved;
    case S::kClosed: return from == S::kResolved;  // closure follows resolution
    case S::kCancelled: return from != S::kResolved;
  }
  return false;
}

Result<StatusEffects> ChangeStatus(Ticket& ticket, TicketStatus to, const std::string& reason, Instant now) {
  if (!IsTransitionAllowed(ticket.status, to)) {
    return Error{ErrorCode::kFailedPrecondition,
                 "a ticket cannot go from " + std::string(ToString(ticket.status)) + " to " + std::string(ToString(to)),
                 "status", kLifecycleRule};
  }
  StatusEffects effects;
  if (to == TicketStatus::kPending) {
    auto stop_reason = ParseStopClockReason(reason);
    if (!stop_reason) {
      return Error::Invalid("statusChangeReason",
                            "a pending ticket needs a Stop-Clock reason: customer, thirdParty, forceMajeure or "
                            "plannedWorks",
                            "SLA-006");
    }
    ticket.stop_clock.push_back({*stop_reason, now, std::nullopt});
    effects.stop_clock_started = true;
  }
  if (ticket.status == TicketStatus::kPending) {
    for (auto& period : ticket.stop_clock) {
      if (!period.end) period.end = now;
    }
    effects.stop_clock_ended = true;
  }
  if (to == TicketStatus::kResolved) {
    ticket.resolution_date = now;
    effects.resolved = true;
  }
  if (ticket.status == TicketStatus::kResolved && to == TicketStatus::kInProgress) {
    ticket.resolution_date.reset();
    effects.reopened = true;
  }
  effects.closed = to == TicketStatus::kClosed;
  ticket.status = to;
  ticket.status_change_reason = reason;
  ticket.status_change_date = now;
  ticket.last_update = now;
  ticket.history.push_back({to, reason, now});
  return effects;
}

std::vector<TimeInterval> StopClockIntervals(const Ticket& ticket, Instant now) {
  std::vector<TimeInterval> out;
  for (const auto& period : ticket.stop_clock) {
    Instant end = period.end.value_or(now);
    if (end > period.start) out.push_back({period.start, end});
  }
  return out;
}

}  // namespace bizline
