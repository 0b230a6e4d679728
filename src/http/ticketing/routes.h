// The ticketing capability's routes: TMF621 trouble tickets and their escalation (ESC, T-17).
#pragma once

#include "app/ticketing/escalation_service.h"
#include "app/ticketing/ticket_service.h"
#include "http/core/router.h"

namespace bizline::http {

void AddTicketRoutes(Router& router, TicketService& tickets);
void AddEscalationRoutes(Router& router, EscalationService& escalations);

}  // namespace bizline::http
