#include "http/ticketing/metrics_text.h"

#include "http/core/prometheus_text.h"

namespace bizline::http {

std::string RenderTicketMetrics(const Result<TicketMetrics>& m) {
  PrometheusText out;
  out.SourceUp("tickets", m ? nullptr : &m.error());
  if (!m) return out.Take();
  out.Family("bizline_tickets", "gauge", "Tickets not closed or cancelled, by priority and status.");
  for (const TicketMetrics::Count& c : m->open) {
    out.Sample("bizline_tickets", {{"priority", ToString(c.priority)}, {"status", ToString(c.status)}}, c.tickets);
  }
  out.Family("bizline_tickets_breached", "gauge",
             "Tickets not closed or cancelled past their SLA due instant (SLA-026), by priority.");
  for (Priority p : kPriorities)
    out.Sample("bizline_tickets_breached", {{"priority", ToString(p)}}, m->breached[PriorityIndex(p)]);
  out.Family("bizline_tickets_due_within_hour", "gauge",
             "Unresolved tickets not yet due whose SLA due instant falls within the hour, by priority.");
  for (Priority p : kPriorities) {
    out.Sample("bizline_tickets_due_within_hour", {{"priority", ToString(p)}}, m->due_within_hour[PriorityIndex(p)]);
  }
  return out.Take();
}

}  // namespace bizline::http
