#include "domain/calendar/business_calendar.h"

#include <algorithm>
#include <limits>
#include <string>

#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

constexpr std::int64_t kClosed = std::numeric_limits<std::int64_t>::min();

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
  return cal;
}

std::int64_t BusinessCalendar::Cumulative(std::int64_t t) const {
  // Index of the last interval starting at or before t.
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), t);
  if (it == starts_.begin()) return 0;
  const auto i = static_cast<std::size_t>(it - starts_.begin() - 1);
  const std::int64_t before = cum_end_[i] - (ends_[i] - starts_[i]);
  return before + std::min(t, ends_[i]) - starts_[i];
}

bool BusinessCalendar::IsOpen(Instant t) const {
  const std::int64_t s = EpochSeconds(t);
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), s);
  if (it == starts_.begin()) return false;
  return s < ends_[static_cast<std::size_t>(it - starts_.begin() - 1)];
}

std::optional<Instant> BusinessCalendar::NextOpening(Instant t) const {
  if (IsOpen(t)) return t;
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), EpochSeconds(t));
  if (it == starts_.end()) return std::nullopt;
  return InstantFromEpoch(*it);
}

Seconds BusinessCalendar::WindowTime(Instant from, Instant to) const {
  if (to <= from) return Seconds(0);
  return Seconds(Cumulative(EpochSeconds(to)) - Cumulative(EpochSeconds(from)));
}

std::optional<Instant> BusinessCalendar::AddWindowTime(Instant start, Seconds d) const {
  if (d <= Seconds(0)) return start;
  const std::int64_t target = Cumulative(EpochSeconds(start)) + d.count();
  // First interval whose cumulative end reaches the target: the deadline lies inside it or at
  // its very end.
  const auto it = std::lower_bound(cum_end_.begin(), cum_end_.end(), target);
  if (it == cum_end_.end()) return std::nullopt;
  const auto i = static_cast<std::size_t>(it - cum_end_.begin());
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
