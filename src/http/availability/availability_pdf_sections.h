// The blocks of one line's section in the availability PDF (availability_report_pdf.h): its
// summary, the month chart and table, the downtime intervals and the restoration breaches.
#pragma once

#include <string>

#include "app/availability/availability_queries.h"
#include "domain/availability/credit_rate.h"
#include "pdf/document.h"

namespace bizline::http {

// "Line 42 · internet-pro-plus · basic".
std::string LineTitle(const LineAvailabilityReport& r);
// "1.5 % of the monthly fee", exact from basis points.
std::string PercentOfFee(CreditRate rate);
// The line's heading and its blocks, starting on a new page when its summary and chart would not
// fit on this one; a line without a measurement period says why.
void LineSection(pdf::Document& doc, const LineAvailabilityReport& r);

}  // namespace bizline::http
