// The ticket lifecycle (DESK-016, DESK-017): acknowledged -> inProgress -> pending (Stop-Clock)
// -> resolved -> closed, and cancelled from any open state. A resolved ticket may be reopened
// (back to inProgress) until it is closed. Entering `pending` needs a Stop-Clock reason of
// SLA-006 and opens a Stop-Clock period; leaving it closes the period. Illegal transitions are
// refused with the rule ID, and change nothing.
#pragma once

#include "domain/calendar/business_calendar.h"
#include "domain/core/result.h"
#include "domain/ticketing/ticket.h"

namespace bizline {

// The rule cited when a status change is refused.
inline constexpr const char* kLifecycleRule = "DESK-016";

bool IsTransitionAllowed(TicketStatus from, TicketStatus to);
bool IsFinal(TicketStatus status);

// What a status change did, so the caller can tell the customer (DESK-017, U-23).
struct StatusEffects {
  bool stop_clock_started = false;
  bool stop_clock_ended = false;
  bool resolved = false;
  bool reopened = false;  // resolved -> inProgress (DESK-017: the customer is told)
  bool closed = false;
};

// Moves `ticket` to `to` at `now` and records the change in its history. `reason` is the
// statusChangeReason; for `pending` it must name a StopClockReason (SLA-006).
Result<StatusEffects> ChangeStatus(Ticket& ticket, TicketStatus to, const std::string& reason, Instant now);

// The Stop-Clock periods as intervals for the SLA engine; a still-open period counts up to `now`.
std::vector<TimeInterval> StopClockIntervals(const Ticket& ticket, Instant now);

}  // namespace bizline
