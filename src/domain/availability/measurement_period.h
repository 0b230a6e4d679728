// The period a line's availability is measured over: the calendar year in Belgian
// local time (U-21), intersected with the time the SLA applies — from the later of the Activation
// Date and the delivery of the Client's credentials (SLA-008, X-45) until termination.
#pragma once

#include <date/date.h>

#include <optional>
#include <vector>

#include "domain/calendar/business_calendar.h"

namespace bizline {

struct SlaApplicability {
  Instant activated{};                             // U-11
  std::optional<Instant> credentials_delivered{};  // nullopt: no credentials to wait for
  std::optional<Instant> terminated{};             // nullopt: the contract runs on
};

// The Brussels calendar year [1 January 00:00, next 1 January 00:00).
TimeInterval BrusselsYear(date::year year);

// The year ∩ the SLA's time; nullopt when the SLA does not apply at any instant of that year.
std::optional<TimeInterval> MeasurementPeriod(date::year year, const SlaApplicability& sla);

// The period cut at each start of a Brussels calendar month (U-21): the running monthly report.
struct MonthPart {
  date::year_month month{};
  TimeInterval part{};
};
std::vector<MonthPart> MonthsOf(TimeInterval period);

}  // namespace bizline
