// Ticketing: trouble tickets (TMF621) against SLA clocks, their escalation, the breach watch, and
// the line's open tickets following its SLA tier (DESK-028).
#include "app/inventory/line_tier_followers.h"
#include "app/ticketing/escalation_service.h"
#include "app/ticketing/ticket_changes.h"
#include "app/ticketing/ticket_metrics.h"
#include "app/ticketing/ticket_service.h"
#include "http/ticketing/metrics_text.h"
#include "http/ticketing/routes.h"
#include "jobs/background_jobs.h"
#include "main/assembly.h"
#include "main/capabilities.h"
#include "storage/ticketing/repositories.h"

namespace bizline {

Capability TicketingCapability() {
  return {"ticketing", AddTicketingRepositories, [](Assembly& a) -> Status {
            Platform& p = a.platform();
            a.Get<LineTierFollowers>().Add(a.Make<TicketsFollowLineTier>(p.sla));
            auto& tickets = a.Make<TicketService>(*p.storage, p.clock, p.sla);
            auto& escalations = a.Make<EscalationService>(*p.storage, p.clock);
            a.AddRoutes([&tickets, &escalations](http::Router& router) {
              http::AddTicketRoutes(router, tickets);
              http::AddEscalationRoutes(router, escalations);
              http::AddServiceDeskRoutes(router);
            });
            a.AddJobs([&p](Scheduler& scheduler, const JobContext& context) {
              AddSlaWatchJob(scheduler, *p.storage, p.clock, p.sla, context);
            });
            a.AddMetrics([&p] { return http::RenderTicketMetrics(ReadTicketMetrics(*p.storage, p.clock.Now())); });
            return Ok{};
          }};
}

}  // namespace bizline
