#include "domain/availability/restoration_credit.h"

#include <algorithm>
#include <string>

#include "domain/availability/net_downtime.h"
#include "domain/calendar/brussels_day_cache.h"
#include "domain/sla/due_instant.h"

namespace bizline {
namespace {

date::year_month MonthOf(CivilDay day) {
  const date::year_month_day ymd{day};
  return ymd.year() / ymd.month();
}

}  // namespace

Result<std::vector<MonthlyRestorationCredit>> RestorationCredits(const SlaTerms& terms, MissedP1Remedy remedy,
                                                                 std::span<const LineIncident> incidents) {
  TRY(CheckIncidents(incidents));
  const bool credited = remedy == MissedP1Remedy::kServiceCredit;
  std::vector<MonthlyRestorationCredit> months;
  BrusselsDayCache days;
  for (std::size_t i = 0; i < incidents.size(); ++i) {
    const LineIncident& incident = incidents[i];
    if (incident.priority != Priority::kP1 || !CountsForServiceLevels(incident)) continue;  // SLA-044, SLA-007
    if (!incident.resolved) continue;  // not late yet: a breach is found when the ticket is resolved
    auto due = DueInstant(terms, Priority::kP1, incident.created, incident.stop_clock);
    if (!due) {
      Error error = due.error();
      error.field = "incidents[" + std::to_string(i) + "]." + error.field;
      return error;
    }
    if (!*due || *incident.resolved <= **due) continue;  // best effort (SLA-027), or restored in time
    const date::year_month month = MonthOf(days.Of(*incident.resolved));
    auto it = std::find_if(months.begin(), months.end(), [&](const auto& m) { return m.month == month; });
    if (it == months.end()) {
      months.push_back({month, {}, credited ? kOneMonthOfFee : kNoCredit, credited ? "SLA-044" : "SLA-045"});
      it = months.end() - 1;
    }
    it->breaches.push_back({i, **due, *incident.resolved});
  }
  std::sort(months.begin(), months.end(), [](const auto& a, const auto& b) { return a.month < b.month; });
  return months;
}

}  // namespace bizline
