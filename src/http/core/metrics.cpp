#include "http/core/metrics.h"

#include <sstream>

namespace bizline::http {

void Metrics::Record(const std::string& method, const std::string& route, int status,
                     std::chrono::microseconds latency) {
  double seconds = static_cast<double>(latency.count()) / 1e6;
  std::lock_guard lock(mutex_);
  ++requests_[{method, route, status}];
  Histogram& h = latency_[{method, route}];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  }
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::Render() const {
  std::ostringstream out;
  std::vector<std::function<std::string()>> sources;
  {
    std::lock_guard lock(mutex_);
    RenderRequests(out);
    sources = sources_;
  }
  // Outside the lock: a source may read the database, and requests must not wait on a scrape.
  for (const auto& source : sources) out << source();
  return out.str();
}

void Metrics::RenderRequests(std::ostream& out) const {
  out << "# HELP bizline_http_requests_total HTTP requests by route and status.\n"
      << "# TYPE bizline_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    const auto& [method, route, status] = key;
    out << "bizline_http_requests_total{method=\"" << method << "\",route=\"" << route << "\",status=\"" << status
        << "\"} " << n << "\n";
  }
  out << "# HELP bizline_http_request_duration_seconds Request latency by route.\n"
      << "# TYPE bizline_http_request_duration_seconds histogram\n";
  for (const auto& [key, h] : latency_) {
    const auto& [method, route] = key;
    std::string labels = "method=\"" + method + "\",route=\"" + route + "\"";
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out << "bizline_http_request_duration_seconds_bucket{" << labels << ",le=\"" << kBuckets[i] << "\"} "
          << h.buckets[i] << "\n";
    }
    out << "bizline_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << h.count << "\n";
    out << "bizline_http_request_duration_seconds_sum{" << labels << "} " << h.sum << "\n";
    out << "bizline_http_request_duration_seconds_count{" << labels << "} " << h.count << "\n";
  }
}

void Metrics::AddSource(std::function<std::string()> render) {
  std::lock_guard lock(mutex_);
  sources_.push_back(std::move(render));
}

}  // namespace bizline::http
