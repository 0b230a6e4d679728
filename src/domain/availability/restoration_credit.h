// The restoration Service Credit (SLA-044, SLA-045, X-45): a P1 Incident resolved after its due
// instant (SLA-026, computed by the SLA engine with the Incident's Stop-Clock) is a breach, found
// in the Brussels calendar month it is resolved in (X-45, U-21). Each month with a breach gives
// one month of service fee, however many breaches it holds (the cap of SLA-044, per line: U-22).
// FullFiber and FFE get the escalation procedure only (SLA-045, X-23): their breaches are listed
// with no credit. A best-effort P1 (Internet Essential) has no due instant, so no breach.
#pragma once

#include <date/date.h>

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "domain/availability/credit_rate.h"
#include "domain/availability/line_incident.h"
#include "domain/core/result.h"
#include "domain/sla/sla_catalog.h"

namespace bizline {

struct RestorationBreach {
  std::size_t incident = 0;  // index into the Incidents given
  Instant due{};
  Instant resolved{};  // > due
};

struct MonthlyRestorationCredit {
  date::year_month month{};  // the Brussels month the breaches were found in
  std::vector<RestorationBreach> breaches{};
  CreditRate rate{};        // one month of service fee (SLA-044), or none (SLA-045)
  std::string_view rule{};  // "SLA-044" or "SLA-045"
};

// The months with at least one breach, in month order. Only resolved P1 Incidents the operator is
// responsible for count (SLA-007). Errors: an Incident created outside the calendar's years or a
// malformed Stop-Clock, naming "incidents[i]...".
Result<std::vector<MonthlyRestorationCredit>> RestorationCredits(const SlaTerms& terms, MissedP1Remedy remedy,
                                                                 std::span<const LineIncident> incidents);

}  // namespace bizline
