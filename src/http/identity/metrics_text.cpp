#include "http/identity/metrics_text.h"

#include "http/core/prometheus_text.h"

namespace bizline::http {

std::string RenderLoginMetrics(std::uint64_t failed_logins) {
  PrometheusText out;
  out.Family("bizline_login_failures_total", "counter",
             "Logins refused for a wrong e-mail or password since the process started.");
  out.Sample("bizline_login_failures_total", {}, static_cast<std::int64_t>(failed_logins));
  return out.Take();
}

}  // namespace bizline::http
