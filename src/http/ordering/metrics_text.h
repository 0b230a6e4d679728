// GET /metrics: the ordering capability's business metrics as Prometheus text (issue 14 item 6).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/ordering/order_metrics.h"

namespace bizline::http {

std::string RenderOrderMetrics(const Result<OrderMetrics>& metrics);

}  // namespace bizline::http
