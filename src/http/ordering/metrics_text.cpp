#include "http/ordering/metrics_text.h"

#include "http/core/prometheus_text.h"

namespace bizline::http {

std::string RenderOrderMetrics(const Result<OrderMetrics>& m) {
  PrometheusText out;
  out.SourceUp("orders", m ? nullptr : &m.error());
  if (!m) return out.Take();
  out.Family("bizline_orders", "gauge", "Product orders by state.");
  for (const auto& [state, n] : m->by_state) out.Sample("bizline_orders", {{"state", ToString(state)}}, n);
  out.Family("bizline_orders_late", "gauge", "Orders past their target activation date and not activated (ORD-034).");
  out.Sample("bizline_orders_late", {}, m->late);
  return out.Take();
}

}  // namespace bizline::http
