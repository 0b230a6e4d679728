#include "domain/ticketing/service_level.h"

#include <algorithm>

#include "domain/sla/due_instant.h"
#include "domain/ticketing/lifecycle.h"

namespace bizline {

Result<std::optional<Instant>> ExpectedResolution(const SlaTerms& terms, const Ticket& ticket, Instant now) {
  if (!ticket.priority) return std::optional<Instant>();
  auto stops = StopClockIntervals(ticket, now);
  auto due = DueInstant(terms, *ticket.priority, ticket.created_at, stops);
  if (!due) {
    Error error = due.error();
    if (error.field == "created") error.field = "creationDate";
    return error;
  }
  return *due;
}

bool CanBreach(TicketStatus status) {
  return status == TicketStatus::kAcknowledged || status == TicketStatus::kInProgress;
}

bool IsPastDue(const Ticket& ticket, Instant now) {
  return CanBreach(ticket.status) && ticket.expected_resolution && *ticket.expected_resolution <= now &&
         !ticket.breached_at;
}

bool DueInstantMoves(const Ticket& before, const Ticket& after) {
  if (before.priority != after.priority || before.sla_formula != after.sla_formula ||
      before.sla_tier != after.sla_tier || before.created_at != after.created_at) {
    return true;
  }
  const auto ended = [](const Ticket& t) {
    return std::count_if(t.stop_clock.begin(), t.stop_clock.end(), [](const StopClockPeriod& p) { return p.end; });
  };
  return ended(after) != ended(before);
}

std::optional<Seconds> AcknowledgmentTime(const Ticket& ticket) {
  if (!ticket.acknowledged_at) return std::nullopt;
  return *ticket.acknowledged_at - ticket.created_at;
}

Acknowledgment AcknowledgmentOf(const Ticket& ticket) {
  auto time = AcknowledgmentTime(ticket);
  if (!time) return Acknowledgment::kNotYet;
  return *time <= kAcknowledgmentObjective ? Acknowledgment::kWithinObjective : Acknowledgment::kLate;
}

}  // namespace bizline
