// The SLA view of a ticket. expectedResolutionDate is the due instant of SLA-026 for the line's
// formula x tier (T-15) and the ticket's priority, counted from creation whatever the status
// (a ticket waiting for triage has no priority and so no due instant yet, but its clock runs from
// creation), net of the Stop-Clock periods (SLA-006). DESK-026: the ticket is created and the
// customer informed within 15 minutes; the acknowledgment time is creation -> first notification.
#pragma once

#include <optional>

#include "domain/core/result.h"
#include "domain/sla/sla_terms.h"
#include "domain/ticketing/ticket.h"

namespace bizline {

inline constexpr Seconds kAcknowledgmentObjective = std::chrono::minutes(15);  // DESK-026

// Nullopt when there is no priority yet or the target is best effort (SLA-027). A still-open
// Stop-Clock period counts up to `now`. Errors name "creationDate" when creation lies outside the
// SLA calendar's years.
Result<std::optional<Instant>> ExpectedResolution(const SlaTerms& terms, const Ticket& ticket, Instant now);

// SLA-026, SLA-006: whether a change from `before` to `after` moves the due instant: another
// priority, formula or tier (recomputed from creation, the Stop-Clock history kept), or a
// Stop-Clock period that ended (the clock runs again, net of the pause). Every writer of a
// ticket asks this one question.
bool DueInstantMoves(const Ticket& before, const Ticket& after);

// Whether a ticket in `status` runs against its SLA clock and so can breach it: acknowledged or
// in progress. A pending ticket is under Stop-Clock (SLA-006); a resolved, closed or cancelled
// one can no longer miss its target.
bool CanBreach(TicketStatus status);

// SLA-026: the breach watch marks `ticket` now: it can breach, its due instant has passed, and it
// is not marked yet (a breach is permanent: it is marked once and never cleared).
bool IsPastDue(const Ticket& ticket, Instant now);

enum class Acknowledgment { kNotYet, kWithinObjective, kLate };

Acknowledgment AcknowledgmentOf(const Ticket& ticket);
// Whole seconds from creation to acknowledgment; nullopt before it.
std::optional<Seconds> AcknowledgmentTime(const Ticket& ticket);

}  // namespace bizline
