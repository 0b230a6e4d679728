#include <gtest/gtest.h>

#include "domain/calendar/belgian_holidays.h"

namespace bizline {
namespace {

using namespace date::literals;

CivilDay Day(date::year_month_day ymd) { return CivilDay{ymd}; }

TEST(BelgianHolidays, EasterSundayKnownYears) {
  EXPECT_EQ(EasterSunday(2024_y), 2024_y / date::March / 31);
  EXPECT_EQ(EasterSunday(2025_y), 2025_y / date::April / 20);
  EXPECT_EQ(EasterSunday(2026_y), 2026_y / date::April / 5);
  EXPECT_EQ(EasterSunday(2008_y), 2008_y / date::March / 23);
  EXPECT_EQ(EasterSunday(2038_y), 2038_y / date::April / 25);  // latest possible date
  EXPECT_EQ(EasterSunday(2285_y), 2285_y / date::March / 22);  // earliest possible date
}

TEST(BelgianHolidays, U09_TheTenLegalHolidaysOf2026) {
  const auto h = BelgianPublicHolidays(2026_y);  // U-09
  EXPECT_EQ(h[0], 2026_y / date::January / 1);
  EXPECT_EQ(h[1], 2026_y / date::April / 6);  // Easter Monday
  EXPECT_EQ(h[2], 2026_y / date::May / 1);
  EXPECT_EQ(h[3], 2026_y / date::May / 14);  // Ascension
  EXPECT_EQ(h[4], 2026_y / date::May / 25);  // Whit Monday
  EXPECT_EQ(h[5], 2026_y / date::July / 21);
  EXPECT_EQ(h[6], 2026_y / date::August / 15);
  EXPECT_EQ(h[7], 2026_y / date::November / 1);
  EXPECT_EQ(h[8], 2026_y / date::November / 11);
  EXPECT_EQ(h[9], 2026_y / date::December / 25);
}

TEST(BelgianHolidays, U09_MovableFeastsAreAlwaysMondayAndThursday) {
  for (int y = 1990; y <= 2100; ++y) {
    const auto h = BelgianPublicHolidays(date::year(y));
    EXPECT_EQ(date::weekday{date::sys_days{h[1]}}, date::Monday) << y;    // Easter Monday
    EXPECT_EQ(date::weekday{date::sys_days{h[3]}}, date::Thursday) << y;  // Ascension
    EXPECT_EQ(date::weekday{date::sys_days{h[4]}}, date::Monday) << y;    // Whit Monday
  }
}

TEST(BusinessDays, U02_WeekendsAndHolidaysAreNotBusinessDays) {
  EXPECT_TRUE(IsBusinessDay(Day(2026_y / date::November / 30)));          // Monday
  EXPECT_FALSE(IsBusinessDay(Day(2026_y / date::November / 28)));         // U-02: Saturday never
  EXPECT_FALSE(IsBusinessDay(Day(2026_y / date::November / 29)));         // Sunday
  EXPECT_FALSE(IsBusinessDay(Day(2026_y / date::November / 11)));         // U-09 Armistice, a Wednesday
  EXPECT_TRUE(IsBelgianPublicHoliday(Day(2026_y / date::August / 15)));   // on a Saturday: not moved
  EXPECT_FALSE(IsBelgianPublicHoliday(Day(2026_y / date::August / 17)));  // no substitute Monday
}

TEST(BusinessDays, U07_U08_AddBusinessDays) {
  const CivilDay thu = Day(2026_y / date::December / 24);
  EXPECT_EQ(AddBusinessDays(thu, 1), Day(2026_y / date::December / 28));  // U-07: skips Christmas and weekend
  EXPECT_EQ(AddBusinessDays(thu, 0), thu);
  EXPECT_EQ(AddBusinessDays(thu, 3), Day(2026_y / date::December / 30));
  EXPECT_EQ(AddBusinessDays(thu, 5), Day(2027_y / date::January / 4));  // skips 1 January
  EXPECT_EQ(AddBusinessDays(Day(2027_y / date::January / 4), -5), Day(2026_y / date::December / 24));
  // Activation lead time (20 business days) from Monday 2026-04-27: skips 1 May and Ascension.
  EXPECT_EQ(AddBusinessDays(Day(2026_y / date::April / 27), 20), Day(2026_y / date::May / 28));
}

}  // namespace
}  // namespace bizline
