// Writes the Prometheus text exposition format: a family's HELP and TYPE lines, then its samples
// with escaped label values. Each capability renders its business metrics with it.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "domain/core/result.h"

namespace bizline::http {

using MetricLabels = std::initializer_list<std::pair<std::string_view, std::string_view>>;

class PrometheusText {
 public:
  // `type`: "gauge" or "counter".
  void Family(std::string_view name, std::string_view type, std::string_view help);
  void Sample(std::string_view name, MetricLabels labels, std::int64_t value);
  std::string Take() { return std::move(out_); }
  // bizline_<source>_up: 1 when a business metrics source could read the database, else 0 (the
  // error is logged, never served, and the scrape still succeeds).
  void SourceUp(std::string_view source, const Error* error);

 private:
  std::string out_;
};

}  // namespace bizline::http
