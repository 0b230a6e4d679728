#include "domain/sla/due_instant.h"

#include <algorithm>

#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

Status CheckCreated(const BusinessCalendar& calendar, Instant created) {
  if (calendar.Covers(created)) return Ok{};
  return Error::Invalid("created", "the creation instant is outside the years the service calendar covers (" +
                                       std::to_string(calendar.years().first) + "-" +
                                       std::to_string(calendar.years().last) + ")");
}

std::optional<Seconds> SameDayCutoff(date::weekday wd) {
  if (wd == date::Saturday) return kSameDayCutoffSaturday;
  if (wd == date::Sunday) return std::nullopt;
  return kSameDayCutoffWeekday;
}

// U-06 / SLA-035: the end of the creation day's window if the ticket is created on a window day,
// before the cut-off and before that window ends; otherwise the end of the next window day's window.
std::optional<Instant> SameDayDeadline(const BusinessCalendar& calendar, Instant created) {
  const CivilDay day = BrusselsDay(created);
  const auto cutoff = SameDayCutoff(date::weekday{day});
  const auto end = calendar.DayWindowEnd(day);
  if (end && cutoff && created < FromBrusselsLocal(LocalSeconds{day} + *cutoff) && created < *end) return end;
  const auto next = calendar.NextWindowDay(day);
  if (!next) return std::nullopt;
  return calendar.DayWindowEnd(*next);
}

// U-07 / U-08: the end of the window on the n-th business day (U-02) after the creation day. When
// the window is closed that whole day (an extra closure, or a window without hours that weekday),
// the end of the next window day's window.
std::optional<Instant> BusinessDaysDeadline(const BusinessCalendar& calendar, Instant created, int n) {
  const CivilDay day = AddBusinessDays(BrusselsDay(created), n);
  if (auto end = calendar.DayWindowEnd(day)) return end;
  const auto next = calendar.NextWindowDay(day);
  if (!next) return std::nullopt;
  return calendar.DayWindowEnd(*next);
}

Error BeyondYears(const BusinessCalendar& calendar) {
  return Error::Invalid("created", "the deadline falls after the last year the service calendar covers (" +
                                       std::to_string(calendar.years().last) + ")");
}

}  // namespace

std::vector<TimeInterval> MergeIntervals(std::span<const TimeInterval> intervals) {
  std::vector<TimeInterval> sorted;
  sorted.reserve(intervals.size());
  for (const auto& i : intervals) {
    if (i.from < i.to) sorted.push_back(i);
  }
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.from < b.from; });
  std::vector<TimeInterval> merged;
  for (const auto& i : sorted) {
    if (!merged.empty() && i.from <= merged.back().to) {
      merged.back().to = std::max(merged.back().to, i.to);
    } else {
      merged.push_back(i);
    }
  }
  return merged;
}

Result<std::optional<Instant>> BaseDeadline(const SlaTerms& terms, Priority priority, Instant created) {
  const BusinessCalendar& calendar = *terms.calendar;
  if (Status s = CheckCreated(calendar, created); !s) return s.error();
  const RestorationTarget& target = terms.Target(priority);
  std::optional<Instant> deadline;
  switch (target.kind) {
    case TargetKind::kBestEffort:
    case TargetKind::kWindowTime: return std::optional<Instant>{};
    case TargetKind::kSameDay: deadline = SameDayDeadline(calendar, created); break;
    case TargetKind::kBusinessDays: deadline = BusinessDaysDeadline(calendar, created, target.business_days); break;
  }
  if (!deadline) return BeyondYears(calendar);
  return deadline;
}

Result<std::optional<Seconds>> RestorationBudget(const SlaTerms& terms, Priority priority, Instant created) {
  const RestorationTarget& target = terms.Target(priority);
  if (target.kind == TargetKind::kBestEffort) return std::optional<Seconds>{};  // SLA-027
  if (target.kind == TargetKind::kWindowTime) {
    if (Status s = CheckCreated(*terms.calendar, created); !s) return s.error();
    return std::optional<Seconds>{target.window_time};
  }
  auto deadline = BaseDeadline(terms, priority, created);
  if (!deadline) return deadline.error();
  // Day targets: the window time (Stop-Clock ignored) between creation and the base deadline.
  return std::optional<Seconds>{terms.calendar->WindowTime(created, **deadline)};
}

Seconds NetWindowTime(const BusinessCalendar& calendar, Instant from, Instant to,
                      std::span<const TimeInterval> stop_clock) {
  if (to <= from) return Seconds(0);
  Seconds net = calendar.WindowTime(from, to);
  for (const TimeInterval& stop : MergeIntervals(stop_clock)) {
    net -= calendar.WindowTime(std::max(stop.from, from), std::min(stop.to, to));
  }
  return net;
}

std::optional<Instant> AddNetWindowTime(const BusinessCalendar& calendar, Instant start, Seconds budget,
                                        std::span<const TimeInterval> stop_clock) {
  Seconds remaining = budget;
  Instant cursor = start;
  // Fast path (hour targets without Stop-Clock): no allocation.
  if (stop_clock.empty()) return calendar.AddWindowTime(cursor, remaining);
  for (const TimeInterval& stop : MergeIntervals(stop_clock)) {
    if (stop.to <= cursor) continue;  // before creation: does not count
    const Instant running_until = std::max(stop.from, cursor);
    const Seconds available = calendar.WindowTime(cursor, running_until);
    if (available >= remaining) return calendar.AddWindowTime(cursor, remaining);
    remaining -= available;
    cursor = stop.to;
  }
  return calendar.AddWindowTime(cursor, remaining);
}

Result<std::optional<Instant>> DueInstant(const SlaTerms& terms, Priority priority, Instant created,
                                          std::span<const TimeInterval> stop_clock) {
  for (const TimeInterval& stop : stop_clock) {
    if (stop.to < stop.from) {
      return Error::Invalid("stopClock", "a Stop-Clock interval ends before it starts", "SLA-006");
    }
  }
  ASSIGN_OR_RETURN(auto budget, RestorationBudget(terms, priority, created));
  if (!budget) return std::optional<Instant>{};  // best effort: no due instant (SLA-027)
  const auto due = AddNetWindowTime(*terms.calendar, created, *budget, stop_clock);
  if (!due) return BeyondYears(*terms.calendar);
  return std::optional<Instant>{*due};
}

}  // namespace bizline
