// A weekly window in Belgian local time, e.g. an Incident Handling Window of T-15:
// "Mon-Fri 08:00-22:00, Sat 08:00-16:30, excl. BPH". Several intervals per weekday are allowed.
// This is the description; BusinessCalendar turns it into UTC instants.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "domain/calendar/belgian_holidays.h"
#include "domain/core/result.h"

namespace bizline {

// [begin, end) in seconds after local midnight; end may be 24:00 (86400).
struct DailyInterval {
  int begin = 0;
  int end = 0;
  friend bool operator==(const DailyInterval&, const DailyInterval&) = default;
};

enum class PublicHolidays { kOpen, kClosed };

struct WeeklyWindow {
  // Index 0 = Sunday ... 6 = Saturday (date::weekday::c_encoding()); intervals sorted, disjoint.
  std::array<std::vector<DailyInterval>, 7> days;
  PublicHolidays public_holidays = PublicHolidays::kOpen;
  std::vector<CivilDay> extra_closures;  // whole days on which the window is closed

  const std::vector<DailyInterval>& On(date::weekday wd) const { return days[wd.c_encoding()]; }
  friend bool operator==(const WeeklyWindow&, const WeeklyWindow&) = default;
};

// Parses "Mon-Fri 08:00-22:00, Sat 08:00-16:30, excl. BPH". Items are separated by ',' or ';';
// an item is a day or day range followed by one or more HH:MM-HH:MM ranges; "excl. BPH" closes
// the window on Belgian public holidays (U-09). En dashes are accepted for '-'.
Result<WeeklyWindow> ParseWeeklyWindow(std::string_view text);

// The canonical text of a window (the form ParseWeeklyWindow reads), without extra closures.
std::string ToString(const WeeklyWindow& window);

}  // namespace bizline
