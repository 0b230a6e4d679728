#include "domain/usage/volume.h"

#include <charconv>
#include <cstdio>

#include "domain/calendar/brussels_time.h"

namespace bizline {

Month MonthOf(Instant instant) { return MonthOfDay(BrusselsDay(instant)); }

Month MonthOfDay(CivilDay day) {
  const date::year_month_day ymd{day};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month())};
}

Instant MonthStart(Month month) {
  const date::local_days first{date::year(month.year) / date::month(month.month) / 1};
  return FromBrusselsLocal(LocalSeconds(first));
}

Month NextMonth(Month month) {
  return month.month == 12 ? Month{month.year + 1, 1} : Month{month.year, month.month + 1};
}

std::string FormatMonth(Month month) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u", month.year, month.month);
  return text;
}

std::optional<Month> ParseMonth(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  int year = 0;
  unsigned month = 0;
  auto y = std::from_chars(text.data(), text.data() + 4, year);
  auto m = std::from_chars(text.data() + 5, text.data() + 7, month);
  if (y.ec != std::errc() || y.ptr != text.data() + 4 || m.ec != std::errc() || m.ptr != text.data() + 7) {
    return std::nullopt;
  }
  if (year < 1970 || year > 9999 || month < 1 || month > 12) return std::nullopt;
  return Month{year, month};
}

}  // namespace bizline
