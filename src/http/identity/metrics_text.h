// GET /metrics: the identity capability's business metrics as Prometheus text (issue 14 item 6).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bizline::http {

std::string RenderLoginMetrics(std::uint64_t failed_logins);

}  // namespace bizline::http
