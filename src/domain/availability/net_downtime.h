// Net Service interruption of one line over a period (SLA-047): the instants t of [from, to) that
// lie inside the line's Service Window and that some P1 Incident the operator is responsible for
// covers (created <= t < resolved; an open Incident runs to the period's end) outside that
// Incident's own Stop-Clock. Overlapping Incidents count once.
//
// The sweep cuts each Incident into the pieces its Stop-Clock leaves (clipped to the Incident and
// the period), sorts and merges the pieces of all Incidents, and asks the Service Window for the
// window time of each merged interval: the calendar answers from prefix sums, so an interval of a
// month costs what an interval of a minute does. Nothing is walked second by second or day by day.
#pragma once

#include <span>
#include <vector>

#include "domain/availability/line_incident.h"
#include "domain/calendar/business_calendar.h"
#include "domain/core/result.h"

namespace bizline {

// Checks an availability period: non-empty and inside the years `calendar` covers. Errors name
// "from" or "to".
Status CheckAvailabilityPeriod(const BusinessCalendar& calendar, TimeInterval period);

// Checks every Incident: resolved no earlier than created, each Stop-Clock period ending no
// earlier than it starts (SLA-006). Errors name "incidents[i].resolved" or
// "incidents[i].stopClock[j]".
Status CheckIncidents(std::span<const LineIncident> incidents);

// Keeps its buffers between lines, so sweeping many lines allocates only when a line has more
// pieces than any before it. Not thread-safe: one per thread.
class DowntimeSweep {
 public:
  // The net downtime in seconds, after CheckAvailabilityPeriod and CheckIncidents.
  Result<Seconds> NetDowntime(const BusinessCalendar& service_window, TimeInterval period,
                              std::span<const LineIncident> incidents);

  // The downtime intervals of the last successful NetDowntime, counted 24x7 (before they are
  // intersected with the Service Window): sorted, disjoint, non-touching.
  std::span<const TimeInterval> merged() const { return merged_; }

 private:
  void AddPieces(const LineIncident& incident, TimeInterval period);

  std::vector<TimeInterval> pieces_;
  std::vector<TimeInterval> stops_;
  std::vector<TimeInterval> merged_;
};

// One line with a throwaway sweep.
Result<Seconds> NetDowntime(const BusinessCalendar& service_window, TimeInterval period,
                            std::span<const LineIncident> incidents);

}  // namespace bizline
