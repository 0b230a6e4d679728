#include "domain/availability/measurement_period.h"

#include <algorithm>

#include "domain/calendar/brussels_time.h"

namespace bizline {

TimeInterval BrusselsYear(date::year year) {
  return {FromBrusselsLocal(LocalSeconds{CivilDay{year / date::January / 1}}),
          FromBrusselsLocal(LocalSeconds{CivilDay{(year + date::years(1)) / date::January / 1}})};
}

std::optional<TimeInterval> MeasurementPeriod(date::year year, const SlaApplicability& sla) {
  const TimeInterval calendar_year = BrusselsYear(year);
  const Instant sla_start = std::max(sla.activated, sla.credentials_delivered.value_or(sla.activated));
  const TimeInterval period{std::max(calendar_year.from, sla_start),
                            sla.terminated ? std::min(calendar_year.to, *sla.terminated) : calendar_year.to};
  if (period.to <= period.from) return std::nullopt;
  return period;
}

std::vector<MonthPart> MonthsOf(TimeInterval period) {
  std::vector<MonthPart> out;
  const auto month_start = [](date::year_month m) { return FromBrusselsLocal(LocalSeconds{CivilDay{m / 1}}); };
  date::year_month month =
      date::year_month_day(BrusselsDay(period.from)).year() / date::year_month_day(BrusselsDay(period.from)).month();
  for (Instant from = period.from; from < period.to; month += date::months(1)) {
    const Instant to = std::min(period.to, month_start(month + date::months(1)));
    out.push_back({month, {from, to}});
    from = to;
  }
  return out;
}

}  // namespace bizline
