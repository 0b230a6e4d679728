#include "domain/ticketing/affected_line.h"

#include <charconv>

#include "domain/ticketing/classification.h"

namespace bizline {
namespace {

Error NotAnActiveLine(const std::string& ref) {
  return Error::Invalid("relatedEntity", "no active line '" + ref + "' of this ticket's customer", kLineSlaRule);
}

Error RepresentativeMayNotSet(const std::string& characteristic) {
  return Error{ErrorCode::kPermissionDenied,
               "the service level of a ticket comes from its line; only the service desk sets " + characteristic +
                   " on a ticket without a line",
               "characteristic." + characteristic, kLineSlaRule};
}

Status SameAsLine(const std::optional<std::string>& requested, const std::string& from_line,
                  const std::string& characteristic, const Product& line) {
  if (!requested || *requested == from_line) return Ok{};
  return Error::Invalid("characteristic." + characteristic,
                        "the ticket's " + characteristic + " is its line's (" + std::to_string(line.id.value()) + ": " +
                            (from_line.empty() ? std::string("the formula's default") : from_line) + ")",
                        kLineSlaRule);
}

}  // namespace

std::optional<ProductId> ParseLineRef(const std::string& product_ref) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(product_ref.data(), product_ref.data() + product_ref.size(), value);
  if (ec != std::errc() || end != product_ref.data() + product_ref.size() || value <= 0) return std::nullopt;
  return ProductId(value);
}

bool NeedsAffectedLine(const Ticket& ticket) {
  return ticket.customer_id && ClassifyTicketType(ticket.ticket_type) == ServiceEventClass::kIncident;
}

Status CheckAffectedLine(const Ticket& ticket, const std::optional<Product>& line) {
  if (ticket.product_ref.empty()) {
    if (!NeedsAffectedLine(ticket)) return Ok{};
    return Error::Invalid("relatedEntity",
                          "an incident names its affected line: a relatedEntity with role affectedProduct and the "
                          "id of one of the customer's active lines",
                          kLineSlaRule);
  }
  if (!line || !ticket.customer_id || line->customer_id != *ticket.customer_id ||
      line->status != ProductStatus::kActive) {
    return NotAnActiveLine(ticket.product_ref);
  }
  return Ok{};
}

Status AssignServiceLevel(Ticket& ticket, const std::optional<Product>& line, const RequestedServiceLevel& requested,
                          Registrar registrar) {
  if (registrar == Registrar::kRepresentative) {
    if (requested.formula) return RepresentativeMayNotSet("slaFormula");
    if (requested.tier) return RepresentativeMayNotSet("slaTier");
  }
  if (line) {
    TRY(SameAsLine(requested.formula, line->formula, "slaFormula", *line));
    TRY(SameAsLine(requested.tier, line->sla_tier, "slaTier", *line));
    ticket.sla_formula = line->formula;
    ticket.sla_tier = line->sla_tier;
    return Ok{};
  }
  if (requested.formula) ticket.sla_formula = *requested.formula;
  if (requested.tier) ticket.sla_tier = *requested.tier;
  return Ok{};
}

void ApplyDefaultPriority(Ticket& ticket) {
  if (ticket.priority) return;
  const ServiceEventClass event_class = ClassifyTicketType(ticket.ticket_type);
  if (event_class == ServiceEventClass::kChangeRequest || event_class == ServiceEventClass::kInformationRequest) {
    ticket.priority = Priority::kP4;
  }
}

}  // namespace bizline
