#include "domain/ticketing/validation.h"

namespace bizline {
namespace {

bool IsBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

Status Bounded(const std::string& value, const char* field, std::size_t max) {
  if (value.size() > max) return Error::Invalid(field, "is longer than " + std::to_string(max) + " characters");
  return Ok{};
}

}  // namespace

Status ValidateTicketFields(const Ticket& ticket) {
  if (IsBlank(ticket.description)) return Error::Invalid("description", "is required");
  if (IsBlank(ticket.severity)) return Error::Invalid("severity", "is required");
  if (IsBlank(ticket.ticket_type)) return Error::Invalid("ticketType", "is required");
  TRY(Bounded(ticket.description, "description", 10000));
  TRY(Bounded(ticket.name, "name", 200));
  TRY(Bounded(ticket.severity, "severity", 50));
  TRY(Bounded(ticket.ticket_type, "ticketType", 50));
  TRY(Bounded(ticket.external_id, "externalId", 100));
  TRY(Bounded(ticket.product_ref, "relatedEntity", 100));
  for (std::size_t i = 0; i < ticket.notes.size(); ++i) {
    const auto& note = ticket.notes[i];
    std::string at = "note[" + std::to_string(i) + "]";
    if (IsBlank(note.text)) return Error::Invalid(at + ".text", "a note needs a text");
    if (note.text.size() > 10000) return Error::Invalid(at + ".text", "is longer than 10000 characters");
  }
  return Ok{};
}

}  // namespace bizline
