// Field checks of a ticket about to be stored: the TMF621 mandatory fields (description,
// severity, ticketType) and sane lengths. Contract rules live in registration.h and lifecycle.h.
#pragma once

#include "domain/core/result.h"
#include "domain/ticketing/ticket.h"

namespace bizline {

Status ValidateTicketFields(const Ticket& ticket);

}  // namespace bizline
