// Who may register which Service Event through which channel, checked before a ticket is stored:
// - DESK-023 / DESK-047: a P1 (complete interruption) is registered only by the service desk on
//   the phone; a portal or e-mail P1 is refused. A monitoring system may raise one (DESK-007,
//   U-39); a customer representative never does.
// - DESK-046 / DESK-035: a customer representative registers through the portal.
// - DESK-010 / DESK-012: staff registering a call or an e-mail for a customer name the caller,
//   who must be one of that customer's authorised representatives.
// - DESK-040: On-demand Support is requested by phone or through the portal.
// - DESK-042: On-demand Support estimated above 2 business days is refused.
#pragma once

#include <optional>
#include <span>

#include "domain/core/result.h"
#include "domain/party/customer.h"
#include "domain/ticketing/ticket.h"

namespace bizline {

enum class Registrar { kStaff, kRepresentative };

inline constexpr int kMaxOnDemandBusinessDays = 2;  // DESK-042

// `representatives` are the authorised representatives of the ticket's customer (empty when the
// ticket names no customer).
Status CheckRegistration(const Ticket& ticket, Registrar registrar, std::span<const Representative> representatives);

// DESK-023/DESK-047 for a priority given later (PATCH): P1 only on a ticket registered by phone
// or raised by monitoring (DESK-007).
Status CheckPriorityForChannel(std::optional<Priority> priority, Channel channel);

// DESK-042 alone, for an estimate given at assessment time.
Status CheckOnDemandEstimate(const Ticket& ticket);

}  // namespace bizline
