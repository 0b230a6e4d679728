// The availability report on paper (issue 13 item 4): what GET .../availability?format=pdf answers.
// A line's section says the measurement period, the availability (4 decimals, as the JSON has it)
// against the 99.70 % target (SLA-046..SLA-049), the credit and its rule (SLA-050) with the claim
// deadline (SLA-011), a chart of each month's availability with the target drawn across, the
// downtime intervals in Brussels time with their tickets, and the restoration breaches by month
// (SLA-044, SLA-045). Layout only: every figure comes from the report as the JSON shows it.
#pragma once

#include <span>
#include <string>

#include "app/availability/availability_queries.h"
#include "domain/core/result.h"

namespace bizline::http {

// The PDF's bytes; Unavailable when it cannot be drawn (no font).
Result<std::string> LineReportPdf(const LineAvailabilityReport& report);
// An overview table of the lines, then one section per line, each starting on a new page when its
// summary and chart would not fit on the current one.
Result<std::string> CustomerReportPdf(CustomerId customer, std::span<const LineAvailabilityReport> reports);

}  // namespace bizline::http
