// DESK-008 / DESK-036: every Service Event is recorded as exactly one class. The five canonical
// `ticketType` values (ids.md) name their class; any other value is, by the contract's definition,
// a Service Request: the ticket keeps the given type and is classified as one.
#pragma once

#include <string_view>

#include "domain/ticketing/ticket.h"

namespace bizline {

ServiceEventClass ClassifyTicketType(std::string_view ticket_type);

}  // namespace bizline
