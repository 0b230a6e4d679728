// GET /metrics: the ticketing capability's business metrics as Prometheus text (issue 14 item 6).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/ticketing/ticket_metrics.h"

namespace bizline::http {

std::string RenderTicketMetrics(const Result<TicketMetrics>& metrics);

}  // namespace bizline::http
