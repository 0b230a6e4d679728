// Properties of business time (rapidcheck): additivity, monotony, round trips, over random
// instants of the test years, several windows, DST days and holidays on any weekday.
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>

#include "domain/calendar/brussels_time.h"
#include "sla_test_support.h"

namespace bizline {
namespace {

using testing::TestCalendar;

const BusinessCalendar& AnyCalendar(int which) {
  static const char* const kWindows[] = {testing::kPremiumWindow,
                                         testing::kMediumWindow,
                                         testing::kBasicWindow,
                                         testing::kFiberWindow,
                                         "Mon-Fri 08:00-12:00 13:00-17:00, excl. BPH",
                                         "Mon-Sun 00:00-24:00",
                                         "Sun 01:00-04:00, Sat 22:00-24:00"};
  return *TestCalendar(kWindows[which % 7]);
}

// Instants within 2019..2038 (inside the test years, with room for deadlines after them).
rc::Gen<Instant> AnyInstant() {
  const std::int64_t from = EpochSeconds(testing::At("2019-01-01T00:00Z"));
  const std::int64_t to = EpochSeconds(testing::At("2038-01-01T00:00Z"));
  return rc::gen::map(rc::gen::inRange<std::int64_t>(from, to), [](std::int64_t s) { return InstantFromEpoch(s); });
}

// Instants near the DST transitions of 2026 and the public holidays, where bugs would hide.
rc::Gen<Instant> TrickyInstant() {
  return rc::gen::map(rc::gen::pair(rc::gen::elementOf(std::vector<const char*>{
                                        "2026-03-27T12:00Z", "2026-10-23T12:00Z", "2026-12-23T12:00Z",
                                        "2026-08-13T12:00Z", "2027-03-26T12:00Z", "2026-04-03T12:00Z"}),
                                    rc::gen::inRange<std::int64_t>(0, 5 * 86400)),
                      [](const auto& p) { return testing::At(p.first) + Seconds(p.second); });
}

rc::Gen<Instant> Instants() { return rc::gen::oneOf(AnyInstant(), TrickyInstant()); }

RC_GTEST_PROP(BusinessCalendarProperty, WindowTimeIsAdditive, ()) {
  const auto& cal = AnyCalendar(*rc::gen::inRange(0, 7));
  auto points = *rc::gen::container<std::vector<Instant>>(3, Instants());
  std::sort(points.begin(), points.end());
  RC_ASSERT(cal.WindowTime(points[0], points[1]) + cal.WindowTime(points[1], points[2]) ==
            cal.WindowTime(points[0], points[2]));
}

RC_GTEST_PROP(BusinessCalendarProperty, WindowTimeIsMonotonicAndBounded, ()) {
  const auto& cal = AnyCalendar(*rc::gen::inRange(0, 7));
  const Instant a = *Instants();
  const Instant b = a + Seconds(*rc::gen::inRange<std::int64_t>(0, 40 * 86400));
  const Instant c = b + Seconds(*rc::gen::inRange<std::int64_t>(0, 40 * 86400));
  RC_ASSERT(cal.WindowTime(a, b) <= cal.WindowTime(a, c));
  RC_ASSERT(cal.WindowTime(a, b) <= b - a);
  RC_ASSERT(cal.WindowTime(a, b) >= Seconds(0));
}

RC_GTEST_PROP(BusinessCalendarProperty, AddWindowTimeRoundTrips, ()) {
  const auto& cal = AnyCalendar(*rc::gen::inRange(0, 7));
  const Instant start = *Instants();
  const Seconds d(*rc::gen::inRange<std::int64_t>(0, 200 * 3600));
  const auto due = cal.AddWindowTime(start, d);
  RC_ASSERT(due.has_value());
  RC_ASSERT(*due >= start);
  RC_ASSERT(cal.WindowTime(start, *due) == d);
  // Earliest: one second earlier the budget is not yet reached.
  if (d > Seconds(0)) RC_ASSERT(cal.WindowTime(start, *due - Seconds(1)) < d);
  // The deadline of a positive budget is inside a window or at its very end.
  if (d > Seconds(0)) RC_ASSERT(cal.IsOpen(*due - Seconds(1)));
}

RC_GTEST_PROP(BusinessCalendarProperty, AddWindowTimeIsMonotonicInTheBudget, ()) {
  const auto& cal = AnyCalendar(*rc::gen::inRange(0, 7));
  const Instant start = *Instants();
  const Seconds d1(*rc::gen::inRange<std::int64_t>(0, 100 * 3600));
  const Seconds d2 = d1 + Seconds(*rc::gen::inRange<std::int64_t>(0, 100 * 3600));
  RC_ASSERT(*cal.AddWindowTime(start, d1) <= *cal.AddWindowTime(start, d2));
}

RC_GTEST_PROP(BusinessCalendarProperty, U09_ClosedOnEveryPublicHolidayWhateverTheWeekday, ()) {
  const auto& cal = AnyCalendar(*rc::gen::inRange(0, 4));  // the four T-15 windows, all excl. BPH
  const int year = *rc::gen::inRange(2019, 2038);
  const auto holiday = *rc::gen::elementOf(BelgianPublicHolidays(date::year(year)));
  const LocalSeconds midnight{CivilDay{holiday}};
  const Instant from = FromBrusselsLocal(midnight);
  const Instant to = FromBrusselsLocal(midnight + date::days(1));
  RC_ASSERT(cal.WindowTime(from, to) == Seconds(0));
  RC_ASSERT(!cal.DayWindowEnd(CivilDay{holiday}).has_value());
}

RC_GTEST_PROP(BusinessCalendarProperty, NextOpeningIsOpenAndNothingOpensBefore, ()) {
  const auto& cal = AnyCalendar(*rc::gen::inRange(0, 7));
  const Instant t = *Instants();
  const auto next = cal.NextOpening(t);
  RC_ASSERT(next.has_value());
  RC_ASSERT(cal.IsOpen(*next));
  RC_ASSERT(cal.WindowTime(t, *next) == Seconds(0));
}

}  // namespace
}  // namespace bizline
