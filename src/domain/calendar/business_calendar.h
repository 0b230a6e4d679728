// Business time over a weekly window: is-open, next opening, window time between two instants,
// the instant a given window time after a start, the end of a day's window. Built once from a
// WeeklyWindow for a range of years (the only step that reads the tz database); every query is
// then a constant-time day lookup (or a binary search) over precomputed UTC open intervals with
// prefix sums, with no allocation.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "domain/calendar/weekly_window.h"
#include "domain/core/instant.h"
#include "domain/core/result.h"

namespace bizline {

// Half-open [from, to).
struct TimeInterval {
  Instant from;
  Instant to;
  friend bool operator==(const TimeInterval&, const TimeInterval&) = default;
};

// Inclusive range of calendar years a BusinessCalendar covers.
struct CalendarYears {
  int first = 2000;
  int last = 2099;
};

class BusinessCalendar {
 public:
  static Result<BusinessCalendar> Build(const WeeklyWindow& window, CalendarYears years);

  const WeeklyWindow& window() const { return window_; }
  CalendarYears years() const { return years_; }
  // First and one-past-last instant of the covered years (Brussels midnights). Outside them the
  // calendar knows nothing: callers check Covers() on their inputs.
  Instant coverage_begin() const { return coverage_begin_; }
  Instant coverage_end() const { return coverage_end_; }
  bool Covers(Instant t) const { return t >= coverage_begin_ && t < coverage_end_; }

  bool IsOpen(Instant t) const;
  // `t` itself when open, else the next opening; nullopt past the covered years.
  std::optional<Instant> NextOpening(Instant t) const;
  // When the window open at `t` closes; nullopt when it is closed at `t`.
  std::optional<Instant> OpenIntervalEnd(Instant t) const;
  // Open seconds in [from, to); zero when to <= from.
  Seconds WindowTime(Instant from, Instant to) const;
  // The earliest instant t >= start with WindowTime(start, t) == d: a deadline that uses up the
  // last second of a window is that window's end (22:00), not the next opening. nullopt when the
  // covered years run out first.
  std::optional<Instant> AddWindowTime(Instant start, Seconds d) const;
  // End of the last window interval of a Brussels civil day; nullopt when closed all day (a
  // weekday without hours, a public holiday when excluded, an extra closure) or not covered.
  std::optional<Instant> DayWindowEnd(CivilDay day) const;
  // The first day strictly after `day` whose window opens; nullopt past the covered years.
  std::optional<CivilDay> NextWindowDay(CivilDay day) const;

  std::span<const std::int64_t> open_starts() const { return starts_; }
  std::span<const std::int64_t> open_ends() const { return ends_; }

 private:
  BusinessCalendar() = default;
  // Index of the first open interval ending after t (size() when none).
  std::size_t FirstEndingAfter(std::int64_t t) const;
  // Open seconds from coverage_begin to t.
  std::int64_t Cumulative(std::int64_t t) const;

  WeeklyWindow window_;
  CalendarYears years_;
  Instant coverage_begin_{};
  Instant coverage_end_{};
  std::vector<std::int64_t> starts_;   // UTC epoch seconds, sorted, disjoint, non-adjacent
  std::vector<std::int64_t> ends_;     // ends_[i] > starts_[i]
  std::vector<std::int64_t> cum_end_;  // open seconds from coverage_begin to ends_[i]
  // Per 24 h slice since coverage_begin: the first interval ending after the slice starts, so a
  // lookup jumps to its slice and scans the one or two intervals of that day.
  std::vector<std::uint32_t> slice_first_;
  CivilDay first_day_{};
  std::vector<std::int64_t> day_end_;  // per covered day: window end (epoch s) or kClosed
};

}  // namespace bizline
