#include "domain/availability/availability.h"

#include <cassert>

namespace bizline {
namespace {

constexpr std::int64_t kTenThousandthsOfAPercent = 100 * 10000;  // of the whole period

}  // namespace

std::int64_t Availability::PercentTenThousandths() const {
  assert(total > Seconds(0) && net_downtime >= Seconds(0) && net_downtime <= total);
  // Periods are bounded by the service calendar's years (at most ~200 years, < 2^33 s), so the
  // product stays far below 2^63.
  return kTenThousandthsOfAPercent * (total - net_downtime).count() / total.count();
}

std::string FormatAvailabilityPercent(const Availability& availability) {
  const std::int64_t value = availability.PercentTenThousandths();
  std::string decimals = std::to_string(value % 10000);
  decimals.insert(0, 4 - decimals.size(), '0');
  return std::to_string(value / 10000) + "." + decimals;
}

bool IsBelow(const Availability& availability, AvailabilityLevel level) {
  return level.per * availability.net_downtime.count() > level.lost * availability.total.count();
}

Result<Availability> MeasureAvailability(DowntimeSweep& sweep, const BusinessCalendar& service_window,
                                         TimeInterval period, std::span<const LineIncident> incidents) {
  ASSIGN_OR_RETURN(auto net, sweep.NetDowntime(service_window, period, incidents));
  return Availability{net, period.to - period.from};
}

}  // namespace bizline
