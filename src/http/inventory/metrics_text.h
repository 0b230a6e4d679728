// GET /metrics: the inventory capability's business metrics as Prometheus text (issue 14 item 6).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/inventory/line_metrics.h"

namespace bizline::http {

std::string RenderLineMetrics(const Result<LineMetrics>& metrics);

}  // namespace bizline::http
