// Helpers for the availability tests: Incidents from ISO text, periods, and an oracle that counts
// net downtime minute by minute straight from the definition (SLA-047), independent of the sweep.
#pragma once

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/availability/availability.h"
#include "domain/availability/line_incident.h"
#include "sla_test_support.h"

namespace bizline::testing {

inline TimeInterval Span(std::string_view from, std::string_view to) { return {At(from), At(to)}; }

inline LineIncident P1(std::string_view created, std::optional<std::string_view> resolved,
                       std::vector<TimeInterval> stops = {}) {
  LineIncident incident;
  incident.priority = Priority::kP1;
  incident.created = At(created);
  if (resolved) incident.resolved = At(*resolved);
  incident.stop_clock = std::move(stops);
  return incident;
}

inline Seconds Net(const BusinessCalendar& window, TimeInterval period, const std::vector<LineIncident>& incidents) {
  auto net = NetDowntime(window, period, incidents);
  if (!net) throw std::runtime_error(net.error().field + ": " + net.error().message);
  return *net;
}

// The definition, one minute at a time: exact when every bound (incidents, Stop-Clock, period,
// window edges, DST changes) falls on a whole minute.
inline Seconds NetByMinutes(const BusinessCalendar& window, TimeInterval period,
                            const std::vector<LineIncident>& incidents) {
  std::int64_t minutes = 0;
  for (Instant t = period.from; t < period.to; t += std::chrono::minutes(1)) {
    if (!window.IsOpen(t)) continue;
    const bool down = std::any_of(incidents.begin(), incidents.end(), [&](const LineIncident& i) {
      if (i.priority != Priority::kP1 || i.responsibility != Responsibility::kOperator) return false;
      if (t < i.created || (i.resolved && t >= *i.resolved)) return false;
      return std::none_of(i.stop_clock.begin(), i.stop_clock.end(),
                          [&](const TimeInterval& s) { return s.from <= t && t < s.to; });
    });
    minutes += down ? 1 : 0;
  }
  return std::chrono::minutes(minutes);
}

}  // namespace bizline::testing
