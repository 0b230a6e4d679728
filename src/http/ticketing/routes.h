// The ticketing capability's routes: TMF621 trouble tickets, their escalation (ESC, T-17) and
// the Service Desk's contacts (DESK-011).
#pragma once

#include "app/ticketing/escalation_service.h"
#include "app/ticketing/ticket_service.h"
#include "http/core/router.h"

namespace bizline::http {

void AddTicketRoutes(Router& router, TicketService& tickets);
void AddEscalationRoutes(Router& router, EscalationService& escalations);
void AddServiceDeskRoutes(Router& router);

}  // namespace bizline::http
