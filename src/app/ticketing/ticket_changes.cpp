#include "app/ticketing/ticket_changes.h"

#include "app/notification/ports.h"
#include "app/party/ports.h"
#include "app/ticketing/ports.h"
#include "domain/ticketing/affected_line.h"
#include "domain/ticketing/lifecycle.h"
#include "domain/ticketing/service_level.h"
#include "domain/ticketing/ticket_number.h"

namespace bizline {

Result<Ticket> LoadVisibleTicket(Transaction& tx, const Principal& principal, const std::string& number) {
  const auto not_found = [&] { return Error::NotFound("no trouble ticket " + number); };
  auto parsed = ParseTicketNumber(number);
  if (!parsed) return not_found();
  auto ticket = Tickets(tx).Get(TicketId(parsed->sequence));
  if (!ticket) return ticket.error().code == ErrorCode::kNotFound ? not_found() : ticket.error();
  if (ticket->number != number || !principal.CanSee(ticket->customer_id.value_or(CustomerId()))) return not_found();
  return ticket;
}

Result<std::optional<Instant>> DueInstantOf(const SlaCatalog* sla, const Ticket& ticket, Instant now) {
  if (ticket.sla_formula.empty()) return std::optional<Instant>();  // the line's formula is not known yet
  if (!sla) return Error::Unavailable("the SLA catalog is not loaded; no due instant can be computed");
  auto formula = sla->Formula(ticket.sla_formula);
  if (!formula) return Error::Invalid("characteristic.slaFormula", formula.error().message, formula.error().rule);
  if ((*formula)->coverage == SlaCoverage::kNotStated) return std::optional<Instant>();  // no SLA
  auto terms = sla->Terms(ticket.sla_formula, ticket.sla_tier);
  if (!terms) return Error::Invalid("characteristic.slaTier", terms.error().message, terms.error().rule);
  return ExpectedResolution(**terms, ticket, now);
}

Status SaveTicketChange(Transaction& tx, const SlaCatalog* sla, const Ticket& before, Ticket& after,
                        std::vector<TicketEvent> events, Instant now) {
  if (DueInstantMoves(before, after)) {
    ASSIGN_OR_RETURN(auto due, DueInstantOf(sla, after, now));
    if (due != after.expected_resolution) {
      after.expected_resolution = due;
      events.push_back(TicketEvent::kDueChanged);
    }
  }
  after.last_update = now;
  TRY(Tickets(tx).Update(after));
  ++after.version;
  return EnqueueTicketEvents(tx, events, after, now);
}

Status EnqueueTicketEvents(Transaction& tx, const std::vector<TicketEvent>& events, const Ticket& ticket, Instant now) {
  if (!ticket.customer_id || events.empty()) return Ok{};
  ASSIGN_OR_RETURN(auto reps, Customers(tx).Representatives(*ticket.customer_id));
  for (auto event : events) {
    auto id = Notifications(tx).Enqueue(TicketNotification(event, ticket, reps, now));
    if (!id) return id.error();
  }
  return Ok{};
}

Status FollowLineServiceLevel(Transaction& tx, const SlaCatalog* sla, const Product& line, Instant now) {
  TicketFilter filter;
  filter.product_ref = std::to_string(line.id.value());
  for (PageRequest page{0, kMaxPageLimit};; page.offset += page.limit) {
    ASSIGN_OR_RETURN(auto tickets, Tickets(tx).List(filter, page));
    for (Ticket& ticket : tickets.items) {
      if (IsFinal(ticket.status) || ticket.status == TicketStatus::kResolved) continue;
      if (ticket.sla_formula == line.formula && ticket.sla_tier == line.sla_tier) continue;
      const Ticket before = ticket;
      TRY(AssignServiceLevel(ticket, line, {}, Registrar::kStaff));
      TRY(SaveTicketChange(tx, sla, before, ticket, {}, now));
    }
    if (page.offset + page.limit >= tickets.total) return Ok{};
  }
}

}  // namespace bizline
