#include <gtest/gtest.h>

#include "domain/calendar/brussels_time.h"
#include "sla_test_support.h"

namespace bizline {
namespace {

using testing::At;
using testing::TestCalendar;
using namespace std::chrono_literals;

TEST(BusinessCalendar, SLA017_PremiumWindowOpenAndClosed) {
  const auto cal = TestCalendar(testing::kPremiumWindow);
  EXPECT_FALSE(cal->IsOpen(At("2026-11-30T07:59:59")));
  EXPECT_TRUE(cal->IsOpen(At("2026-11-30T08:00")));
  EXPECT_TRUE(cal->IsOpen(At("2026-11-30T21:59:59")));
  EXPECT_FALSE(cal->IsOpen(At("2026-11-30T22:00")));  // half-open: 22:00 is closed
  EXPECT_TRUE(cal->IsOpen(At("2026-11-28T16:29")));   // Saturday
  EXPECT_FALSE(cal->IsOpen(At("2026-11-28T16:30")));
  EXPECT_FALSE(cal->IsOpen(At("2026-11-29T12:00")));  // Sunday
  EXPECT_FALSE(cal->IsOpen(At("2026-12-25T12:00")));  // U-09 Christmas, excl. BPH
}

TEST(BusinessCalendar, SLA015_WindowWithoutHolidayExclusionStaysOpen) {
  const auto cal = TestCalendar("Mon-Fri 08:00-20:00");
  EXPECT_TRUE(cal->IsOpen(At("2026-12-25T12:00")));
}

TEST(BusinessCalendar, NextOpeningAndWindowTime) {
  const auto cal = TestCalendar(testing::kPremiumWindow);
  EXPECT_EQ(cal->NextOpening(At("2026-12-24T23:00")), At("2026-12-26T08:00"));  // skips Christmas
  EXPECT_EQ(cal->NextOpening(At("2026-11-30T10:00")), At("2026-11-30T10:00"));
  EXPECT_EQ(cal->WindowTime(At("2026-11-30T19:00"), At("2026-12-01T10:00")), 5h);
  EXPECT_EQ(cal->WindowTime(At("2026-12-01T10:00"), At("2026-11-30T19:00")), 0s);
  // One ordinary week: 5 x 14 h + 8.5 h.
  EXPECT_EQ(cal->WindowTime(At("2026-11-30T00:00"), At("2026-12-07T00:00")), 78h + 30min);
}

TEST(BusinessCalendar, U05_AddWindowTimeStopsAtTheWindowEnd) {
  const auto cal = TestCalendar(testing::kPremiumWindow);
  EXPECT_EQ(cal->AddWindowTime(At("2026-11-30T19:00"), 5h), At("2026-12-01T10:00"));  // U-05 example
  EXPECT_EQ(cal->AddWindowTime(At("2026-11-30T17:00"), 5h), At("2026-11-30T22:00"));  // not Tuesday 08:00
  EXPECT_EQ(cal->AddWindowTime(At("2026-11-30T23:00"), 0s), At("2026-11-30T23:00"));
  EXPECT_EQ(cal->AddWindowTime(At("2026-11-30T23:00"), 1s), At("2026-12-01T08:00:01"));
}

TEST(BusinessCalendar, DayWindowEndAndNextWindowDay) {
  using namespace date::literals;
  const auto cal = TestCalendar(testing::kPremiumWindow);
  EXPECT_EQ(cal->DayWindowEnd(CivilDay{2026_y / date::November / 28}), At("2026-11-28T16:30"));
  EXPECT_EQ(cal->DayWindowEnd(CivilDay{2026_y / date::November / 30}), At("2026-11-30T22:00"));
  EXPECT_EQ(cal->DayWindowEnd(CivilDay{2026_y / date::November / 29}), std::nullopt);
  EXPECT_EQ(cal->DayWindowEnd(CivilDay{2026_y / date::December / 25}), std::nullopt);
  EXPECT_EQ(cal->NextWindowDay(CivilDay{2026_y / date::December / 24}), CivilDay{2026_y / date::December / 26});
}

TEST(BusinessCalendar, U38_DstDaysAreRight) {
  // A Sunday-only 24 h window: 23 h on the spring transition day, 25 h on the autumn one.
  const auto cal = TestCalendar("Sun 00:00-24:00");
  EXPECT_EQ(cal->WindowTime(At("2026-03-28T12:00"), At("2026-03-30T12:00")), 23h);
  EXPECT_EQ(cal->WindowTime(At("2026-10-24T12:00"), At("2026-10-26T12:00")), 25h);
  EXPECT_EQ(cal->WindowTime(At("2026-11-28T12:00"), At("2026-11-30T12:00")), 24h);
  // A window across the skipped/repeated hour: 01:00-04:00 lasts 2 h in March, 4 h in October.
  const auto night = TestCalendar("Sun 01:00-04:00");
  EXPECT_EQ(night->WindowTime(At("2026-03-29T00:00"), At("2026-03-29T12:00")), 2h);
  EXPECT_EQ(night->WindowTime(At("2026-10-25T00:00"), At("2026-10-25T12:00")), 4h);
  // Office windows keep 14 h on both transition days (a Monday after each change).
  const auto premium = TestCalendar(testing::kPremiumWindow);
  EXPECT_EQ(premium->WindowTime(At("2026-03-30T00:00"), At("2026-03-31T00:00")), 14h);
  EXPECT_EQ(premium->AddWindowTime(At("2026-03-28T15:00"), 5h), At("2026-03-30T11:30:00+02:00"));
}

TEST(BusinessCalendar, ExtraClosuresCloseWholeDays) {
  using namespace date::literals;
  auto window = *ParseWeeklyWindow(testing::kPremiumWindow);
  window.extra_closures.push_back(CivilDay{2026_y / date::December / 24});
  const auto cal = *BusinessCalendar::Build(window, {2026, 2027});
  EXPECT_FALSE(cal.IsOpen(At("2026-12-24T12:00")));
  EXPECT_EQ(cal.DayWindowEnd(CivilDay{2026_y / date::December / 24}), std::nullopt);
  EXPECT_EQ(cal.AddWindowTime(At("2026-12-23T21:00"), 2h), At("2026-12-26T09:00"));
}

TEST(BusinessCalendar, CoverageAndBadYears) {
  const auto cal = *BusinessCalendar::Build(*ParseWeeklyWindow(testing::kPremiumWindow), {2026, 2026});
  EXPECT_TRUE(cal.Covers(At("2026-01-01T00:00")));
  EXPECT_FALSE(cal.Covers(At("2025-12-31T23:59:59")));
  EXPECT_FALSE(cal.Covers(At("2027-01-01T00:00")));
  EXPECT_EQ(cal.AddWindowTime(At("2026-12-31T21:00"), 2h), std::nullopt);  // runs past the covered years
  EXPECT_FALSE(BusinessCalendar::Build(*ParseWeeklyWindow(testing::kPremiumWindow), {2030, 2020}).ok());
}

}  // namespace
}  // namespace bizline
