// What one Incident of a line contributes to availability and to restoration credits: its
// priority (only P1 counts, SLA-044, SLA-047), who it is attributable to (SLA-007), when it was
// created and resolved, and its own Stop-Clock periods (SLA-006).
#pragma once

#include <optional>
#include <vector>

#include "domain/calendar/business_calendar.h"
#include "domain/sla/priority.h"
#include "domain/ticketing/responsibility.h"

namespace bizline {

struct LineIncident {
  Priority priority = Priority::kP1;
  Responsibility responsibility = Responsibility::kOperator;
  Instant created{};
  std::optional<Instant> resolved{};  // nullopt: still open, it runs to the end of any period
  // Periods in which the clock stood still for this Incident. They may overlap, come in any
  // order and reach outside the Incident: only their part inside it counts.
  std::vector<TimeInterval> stop_clock{};
};

// Whether the Incident counts for the Service Levels at all (SLA-007).
inline bool CountsForServiceLevels(const LineIncident& incident) {
  return incident.responsibility == Responsibility::kOperator;
}

}  // namespace bizline
