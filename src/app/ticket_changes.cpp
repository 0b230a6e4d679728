#include "app/ticket_changes.h"

#include "domain/ticketing/affected_line.h"
#include "domain/ticketing/lifecycle.h"
#include "domain/ticketing/service_level.h"

namespace bizline {

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

Status RecomputeDue(const SlaCatalog* sla, Ticket& ticket, Instant now, std::vector<TicketEvent>& events) {
  auto due = DueInstantOf(sla, ticket, now);
  if (!due) return due.error();
  if (*due == ticket.expected_resolution) return Ok{};
  ticket.expected_resolution = *due;
  events.push_back(TicketEvent::kDueChanged);
  return Ok{};
}

Status EnqueueTicketEvents(Transaction& tx, const std::vector<TicketEvent>& events, const Ticket& ticket, Instant now) {
  if (!ticket.customer_id || events.empty()) return Ok{};
  auto reps = tx.customers().Representatives(*ticket.customer_id);
  if (!reps) return reps.error();
  for (auto event : events) {
    auto id = tx.notifications().Enqueue(TicketNotification(event, ticket, *reps, now));
    if (!id) return id.error();
  }
  return Ok{};
}

Status FollowLineServiceLevel(Transaction& tx, const SlaCatalog* sla, const Product& line, Instant now) {
  TicketFilter filter;
  filter.product_ref = std::to_string(line.id.value());
  for (PageRequest page{0, kMaxPageLimit};; page.offset += page.limit) {
    auto tickets = tx.tickets().List(filter, page);
    if (!tickets) return tickets.error();
    for (Ticket& ticket : tickets->items) {
      if (IsFinal(ticket.status) || ticket.status == TicketStatus::kResolved) continue;
      if (ticket.sla_formula == line.formula && ticket.sla_tier == line.sla_tier) continue;
      if (auto s = AssignServiceLevel(ticket, line, {}, Registrar::kStaff); !s) return s;
      std::vector<TicketEvent> events;
      if (auto s = RecomputeDue(sla, ticket, now, events); !s) return s;
      ticket.last_update = now;
      if (auto s = tx.tickets().Update(ticket); !s) return s;
      if (auto s = EnqueueTicketEvents(tx, events, ticket, now); !s) return s;
    }
    if (page.offset + page.limit >= tickets->total) return Ok{};
  }
}

}  // namespace bizline
