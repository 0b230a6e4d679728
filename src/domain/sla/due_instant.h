// When a ticket's Service Restoration Time runs out (SLA-026), and how much of it is used.
//
// Net window time = time inside the Service Window and not under Stop-Clock (SLA-006, SLA-026).
// Hour targets give a budget of that many window hours. Day targets (same day U-06, n business
// days U-07/U-08) first fix a base deadline, the end of a day's window; their budget is the window
// time from creation to that deadline. The due instant is the first instant at which net window
// time since creation reaches the budget, so Stop-Clock inside the window pushes it later.
#pragma once

#include <optional>
#include <span>

#include "domain/calendar/business_calendar.h"
#include "domain/core/result.h"
#include "domain/sla/sla_terms.h"

namespace bizline {

// SLA-035: same-day repair only for tickets created before 17:00 Monday-Friday, 13:00 Saturday.
inline constexpr Seconds kSameDayCutoffWeekday = std::chrono::hours(17);
inline constexpr Seconds kSameDayCutoffSaturday = std::chrono::hours(13);

// The window-time budget of a ticket, or nullopt for best effort (SLA-027). Errors: `created`
// outside the calendar's years.
Result<std::optional<Seconds>> RestorationBudget(const SlaTerms& terms, Priority priority, Instant created);

// The base deadline of a day target (the end of a day's window); nullopt for hour targets and best
// effort.
Result<std::optional<Instant>> BaseDeadline(const SlaTerms& terms, Priority priority, Instant created);

// The due instant, or nullopt for best effort. Stop-Clock intervals may overlap and come in any
// order; they are merged and only their part after `created` counts. Errors name the field:
// "created" (outside the calendar's years), "stopClock" (an interval ending before it starts).
Result<std::optional<Instant>> DueInstant(const SlaTerms& terms, Priority priority, Instant created,
                                          std::span<const TimeInterval> stop_clock);

// Net window time in [from, to): window time minus the window time under Stop-Clock. This is the
// "used" part of a countdown: remaining = budget - NetWindowTime(created, now, stops).
Seconds NetWindowTime(const BusinessCalendar& calendar, Instant from, Instant to,
                      std::span<const TimeInterval> stop_clock);

// The first instant t >= start at which NetWindowTime(start, t) == budget; nullopt when the
// calendar's years run out first.
std::optional<Instant> AddNetWindowTime(const BusinessCalendar& calendar, Instant start, Seconds budget,
                                        std::span<const TimeInterval> stop_clock);

// Sorted, disjoint, non-touching union of intervals; empty intervals dropped.
std::vector<TimeInterval> MergeIntervals(std::span<const TimeInterval> intervals);

}  // namespace bizline
