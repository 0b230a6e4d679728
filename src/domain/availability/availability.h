// Service Availability (SLA-046): 100 × (1 − net Service interruption / total duration), where the
// total is the calculation period counted 24x7 (SLA-048) and the interruption is net downtime
// inside the Service Window (SLA-047, net_downtime.h). Every decision is exact integer arithmetic
// on seconds: availability is below 99.7 % exactly when 1000 × net > 3 × total.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "domain/availability/line_incident.h"
#include "domain/availability/net_downtime.h"
#include "domain/calendar/business_calendar.h"
#include "domain/core/result.h"

namespace bizline {

struct Availability {
  Seconds net_downtime{};  // SLA-047
  Seconds total{};         // SLA-048: the period 24x7, > 0; a leap year has 366 days

  // SLA-046 in ten-thousandths of a percent, truncated: 997000 is 99.7000 %.
  std::int64_t PercentTenThousandths() const;
};

// "99.7000": the percentage with 4 decimals, truncated (not rounded), from integers only.
std::string FormatAvailabilityPercent(const Availability& availability);

// An availability level as the share of the period a line may lose: 99.70 % is 3 in 1000.
struct AvailabilityLevel {
  std::int64_t lost = 0;
  std::int64_t per = 1;
};

inline constexpr AvailabilityLevel kAvailabilityTarget{3, 1000};   // 99.70 % per year (SLA-049, SLA-050)
inline constexpr AvailabilityLevel kAvailabilityLowTier{5, 1000};  // 99.50 % (SLA-050)

// Availability strictly below the level: net / total > lost / per, i.e. per × net > lost × total.
bool IsBelow(const Availability& availability, AvailabilityLevel level);

// The net downtime of `incidents` over `period` inside `service_window`, and the period's 24x7
// length. Errors as DowntimeSweep::NetDowntime.
Result<Availability> MeasureAvailability(DowntimeSweep& sweep, const BusinessCalendar& service_window,
                                         TimeInterval period, std::span<const LineIncident> incidents);

}  // namespace bizline
