#include "domain/ticketing/service_level.h"

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
