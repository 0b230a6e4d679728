#include "http/inventory/metrics_text.h"

#include "http/core/prometheus_text.h"

namespace bizline::http {

std::string RenderLineMetrics(const Result<LineMetrics>& m) {
  PrometheusText out;
  out.SourceUp("lines", m ? nullptr : &m.error());
  if (!m) return out.Take();
  out.Family("bizline_lines", "gauge", "Lines of the inventory by status.");
  for (const auto& [status, n] : m->by_status) out.Sample("bizline_lines", {{"status", ToString(status)}}, n);
  out.Family("bizline_line_activations_total", "counter", "Lines activated (CON-007), all time.");
  out.Sample("bizline_line_activations_total", {}, m->activations);
  return out.Take();
}

}  // namespace bizline::http
