// Request counters and latency histograms, rendered in the Prometheus text format, followed by
// what other adapters of the process count (the RADIUS listener's packets), added as sources.
#pragma once

#include <array>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

namespace bizline::http {

class Metrics {
 public:
  void Record(const std::string& method, const std::string& route, int status, std::chrono::microseconds latency);
  std::string Render() const;
  // Appends `render`'s Prometheus text to every Render. Call before serving.
  void AddSource(std::function<std::string()> render);

 private:
  void RenderRequests(std::ostream& out) const;  // under mutex_

  static constexpr std::array<double, 10> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.5};
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::pair<std::string, std::string>, Histogram> latency_;
  std::vector<std::function<std::string()>> sources_;
};

}  // namespace bizline::http
