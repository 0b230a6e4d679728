// Belgian public holidays and business days (U-02, U-09). Dates are civil days in Belgium
// (date::local_days); nothing here knows about time zones or instants.
#pragma once

#include <date/date.h>

#include <array>

#include "domain/core/time_text.h"

namespace bizline {

// Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
date::year_month_day EasterSunday(date::year year);

// U-09: the 10 legal public holidays, in date order: 1 January, Easter Monday, 1 May, Ascension
// Day, Whit Monday, 21 July, 15 August, 1 November, 11 November, 25 December. A holiday that falls
// on a Saturday or Sunday is not moved.
std::array<date::year_month_day, 10> BelgianPublicHolidays(date::year year);

bool IsBelgianPublicHoliday(CivilDay day);

// U-02: Monday to Friday, except Belgian public holidays. Saturday is never a business day, even
// where an Incident Handling Window has Saturday hours.
bool IsBusinessDay(CivilDay day);

// The n-th business day after `day` (n > 0), or before it (n < 0); `day` itself when n == 0.
// AddBusinessDays(d, 1) is the next business day (U-07), AddBusinessDays(d, 3) "3 JO" (U-08) and
// AddBusinessDays(order_day, 20) the activation lead time.
CivilDay AddBusinessDays(CivilDay day, int n);

}  // namespace bizline
