#include "domain/calendar/business_calendar.h"

#include <algorithm>
#include <limits>
#include <string>

#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

constexpr std::int64_t kClosed = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kSlice = 24 * 3600;

bool IsClosedAllDay(const WeeklyWindow& window, CivilDay day) {
  if (window.public_holidays == PublicHolidays::kClosed && IsBelgianPublicHoliday(day)) return true;
  return std::find(window.extra_closures.begin(), window.extra_closures.end(), day) != window.extra_closures.end();
}

}  // namespace

Result<BusinessCalendar> BusinessCalendar::Build(const WeeklyWindow& window, CalendarYears years) {
  if (years.first < 1970 || years.last > 2200 || years.last < years.first) {
    return Error::Invalid("calendarYears", "a calendar covers years between 1970 and 2200, first <= last");
  }
  BusinessCalendar cal;
  cal.window_ = window;
  cal.years_ = years;
  cal.first_day_ = CivilDay{date::year(years.first) / date::January / 1};
  const CivilDay end_day{date::year(years.last + 1) / date::January / 1};
  cal.coverage_begin_ = FromBrusselsLocal(LocalSeconds{cal.first_day_});
  cal.coverage_end_ = FromBrusselsLocal(LocalSeconds{end_day});
  cal.day_end_.assign(static_cast<std::size_t>((end_day - cal.first_day_).count()), kClosed);

  std::int64_t cumulative = 0;
  for (CivilDay day = cal.first_day_; day < end_day; day += date::days(1)) {
    if (IsClosedAllDay(window, day)) continue;
    for (const DailyInterval& interval : window.On(date::weekday{day})) {
      // Converting each bound separately keeps DST days right: 08:00-22:00 lasts 14 h on both
      // transition days, a 00:00-24:00 window lasts 23 h in March and 25 h in October.
      const std::int64_t from = EpochSeconds(FromBrusselsLocal(LocalSeconds{day} + Seconds(interval.begin)));
      const std::int64_t to = EpochSeconds(FromBrusselsLocal(LocalSeconds{day} + Seconds(interval.end)));
      if (to <= from) continue;  // a range inside the skipped spring hour
      if (!cal.ends_.empty() && from <= cal.ends_.back()) {
        // Touching or overlapping the previous interval (e.g. 24 h windows): one interval.
        cumulative += to - cal.ends_.back();
        cal.ends_.back() = to;
        cal.cum_end_.back() = cumulative;
      } else {
        cumulative += to - from;
        cal.starts_.push_back(from);
        cal.ends_.push_back(to);
        cal.cum_end_.push_back(cumulative);
      }
      cal.day_end_[static_cast<std::size_t>((day - cal.first_day_).count())] = to;
    }
  }
  const std::int64_t begin = EpochSeconds(cal.coverage_begin_);
  const std::int64_t slices = (EpochSeconds(cal.coverage_end_) - begin) / kSlice + 1;
  cal.slice_first_.resize(static_cast<std::size_t>(slices));
  for (std::int64_t k = 0; k < slices; ++k) {
    const auto it = std::upper_bound(cal.ends_.begin(), cal.ends_.end(), begin + k * kSlice);
    cal.slice_first_[static_cast<std::size_t>(k)] = static_cast<std::uint32_t>(it - cal.ends_.begin());
  }
  return cal;
}

std::size_t BusinessCalendar::FirstEndingAfter(std::int64_t t) const {
  const std::int64_t offset = t - EpochSeconds(coverage_begin_);
  const auto slice = offset / kSlice;
  if (offset < 0 || slice >= static_cast<std::int64_t>(slice_first_.size())) {
    return static_cast<std::size_t>(std::upper_bound(ends_.begin(), ends_.end(), t) - ends_.begin());
  }
  std::size_t i = slice_first_[static_cast<std::size_t>(slice)];
  while (i < ends_.size() && ends_[i] <= t) ++i;  // at most the few intervals of one day
  return i;
}

std::int64_t BusinessCalendar::Cumulative(std::int64_t t) const {
  const std::size_t i = FirstEndingAfter(t);
  const std::int64_t before = i == 0 ? 0 : cum_end_[i - 1];
  if (i == ends_.size() || t <= starts_[i]) return before;
  return before + t - starts_[i];
}

bool BusinessCalendar::IsOpen(Instant t) const {
  const std::int64_t s = EpochSeconds(t);
  const std::size_t i = FirstEndingAfter(s);
  return i < ends_.size() && starts_[i] <= s;
}

std::optional<Instant> BusinessCalendar::NextOpening(Instant t) const {
  const std::int64_t s = EpochSeconds(t);
  const std::size_t i = FirstEndingAfter(s);
  if (i == ends_.size()) return std::nullopt;
  return InstantFromEpoch(std::max(s, starts_[i]));
}

std::optional<Instant> BusinessCalendar::OpenIntervalEnd(Instant t) const {
  const std::int64_t s = EpochSeconds(t);
  const std::size_t i = FirstEndingAfter(s);
  if (i == ends_.size() || starts_[i] > s) return std::nullopt;
  return InstantFromEpoch(ends_[i]);
}

Seconds BusinessCalendar::WindowTime(Instant from, Instant to) const {
  if (to <= from) return Seconds(0);
  return Seconds(Cumulative(EpochSeconds(to)) - Cumulative(EpochSeconds(from)));
}

std::optional<Instant> BusinessCalendar::AddWindowTime(Instant start, Seconds d) const {
  if (d <= Seconds(0)) return start;
  const std::int64_t s = EpochSeconds(start);
  const std::size_t first = FirstEndingAfter(s);
  if (first == ends_.size()) return std::nullopt;
  const std::int64_t before = first == 0 ? 0 : cum_end_[first - 1];
  const std::int64_t target = before + std::max<std::int64_t>(s - starts_[first], 0) + d.count();
  // First interval whose cumulative end reaches the target: the deadline lies inside it or at its
  // very end. Deadlines are usually a few intervals ahead: gallop, then bisect.
  std::size_t lo = first;
  std::size_t step = 1;
  std::size_t hi = first;
  while (hi < cum_end_.size() && cum_end_[hi] < target) {
    lo = hi + 1;
    hi = std::min(hi + step, cum_end_.size());
    step *= 2;
  }
  const auto it = std::lower_bound(cum_end_.begin() + static_cast<std::ptrdiff_t>(lo),
                                   cum_end_.begin() + static_cast<std::ptrdiff_t>(hi), target);
  const auto i = static_cast<std::size_t>(it - cum_end_.begin());
  if (i == cum_end_.size()) return std::nullopt;
  return InstantFromEpoch(ends_[i] - (cum_end_[i] - target));
}

std::optional<Instant> BusinessCalendar::DayWindowEnd(CivilDay day) const {
  if (day < first_day_) return std::nullopt;
  const auto index = static_cast<std::size_t>((day - first_day_).count());
  if (index >= day_end_.size() || day_end_[index] == kClosed) return std::nullopt;
  return InstantFromEpoch(day_end_[index]);
}

std::optional<CivilDay> BusinessCalendar::NextWindowDay(CivilDay day) const {
  const auto size = static_cast<std::int64_t>(day_end_.size());
  for (std::int64_t i = std::max<std::int64_t>((day - first_day_).count() + 1, 0); i < size; ++i) {
    if (day_end_[static_cast<std::size_t>(i)] != kClosed) return first_day_ + date::days(i);
  }
  return std::nullopt;
}

}  // namespace bizline
