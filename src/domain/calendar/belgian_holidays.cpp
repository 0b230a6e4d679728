#include "domain/calendar/belgian_holidays.h"

#include <algorithm>

namespace bizline {

using date::days;

date::year_month_day EasterSunday(date::year year) {
  const int y = static_cast<int>(year);
  const int a = y % 19;
  const int b = y / 100;
  const int c = y % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return date::year_month_day{year, date::month(static_cast<unsigned>(month)), date::day(static_cast<unsigned>(day))};
}

std::array<date::year_month_day, 10> BelgianPublicHolidays(date::year year) {
  const date::sys_days easter{EasterSunday(year)};
  auto fixed = [year](unsigned month, unsigned day) {
    return date::year_month_day{year, date::month(month), date::day(day)};
  };
  return {
      fixed(1, 1),                              // New Year's Day
      date::year_month_day{easter + days(1)},   // Easter Monday
      fixed(5, 1),                              // Labour Day
      date::year_month_day{easter + days(39)},  // Ascension Day (Thursday, Easter + 39)
      date::year_month_day{easter + days(50)},  // Whit Monday (Pentecost + 1)
      fixed(7, 21),                             // National Day
      fixed(8, 15),                             // Assumption
      fixed(11, 1),                             // All Saints' Day
      fixed(11, 11),                            // Armistice Day
      fixed(12, 25),                            // Christmas
  };
}

bool IsBelgianPublicHoliday(CivilDay day) {
  const date::year_month_day ymd{day};
  const auto holidays = BelgianPublicHolidays(ymd.year());
  return std::find(holidays.begin(), holidays.end(), ymd) != holidays.end();
}

bool IsBusinessDay(CivilDay day) {
  const date::weekday wd{day};
  if (wd == date::Saturday || wd == date::Sunday) return false;
  return !IsBelgianPublicHoliday(day);
}

CivilDay AddBusinessDays(CivilDay day, int n) {
  const int step = n >= 0 ? 1 : -1;
  for (int remaining = n >= 0 ? n : -n; remaining > 0;) {
    day += days(step);
    if (IsBusinessDay(day)) --remaining;
  }
  return day;
}

}  // namespace bizline
