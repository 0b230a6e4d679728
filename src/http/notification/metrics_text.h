// GET /metrics: the notification capability's business metrics as Prometheus text (issue 14 item 6).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/notification/ports.h"

namespace bizline::http {

std::string RenderOutboxMetrics(const Result<std::vector<OutboxCount>>& counts);

}  // namespace bizline::http
