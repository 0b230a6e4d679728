#include <gtest/gtest.h>

#include "domain/calendar/weekly_window.h"

namespace bizline {
namespace {

TEST(WeeklyWindow, ParsesTheT15PremiumWindow) {
  // SLA-017: Mon-Fri 08:00-22:00, Sat 08:00-16:30, excl. BPH (en dashes as in the contract tables).
  auto w = ParseWeeklyWindow(
      "Mon\xE2\x80\x93"
      "Fri 08:00\xE2\x80\x93"
      "22:00, Sat 08:00-16:30, excl. BPH");
  ASSERT_TRUE(w.ok()) << w.error().message;
  EXPECT_EQ(w->public_holidays, PublicHolidays::kClosed);
  EXPECT_EQ(w->On(date::Monday), (std::vector<DailyInterval>{{8 * 3600, 22 * 3600}}));
  EXPECT_EQ(w->On(date::Friday), (std::vector<DailyInterval>{{8 * 3600, 22 * 3600}}));
  EXPECT_EQ(w->On(date::Saturday), (std::vector<DailyInterval>{{8 * 3600, 16 * 3600 + 1800}}));
  EXPECT_TRUE(w->On(date::Sunday).empty());
  EXPECT_EQ(ToString(*w), "Mon-Fri 08:00-22:00, Sat 08:00-16:30, excl. BPH");
}

TEST(WeeklyWindow, SeveralIntervalsPerDayAndRoundTrip) {
  auto w = ParseWeeklyWindow("Mon-Thu 08:00-12:00 13:00-17:00; Fri 08:00-12:00; Sun 00:00-24:00");
  ASSERT_TRUE(w.ok()) << w.error().message;
  EXPECT_EQ(w->public_holidays, PublicHolidays::kOpen);  // SLA-015: no exclusion unless stated
  EXPECT_EQ(w->On(date::Tuesday).size(), 2u);
  EXPECT_EQ(w->On(date::Sunday), (std::vector<DailyInterval>{{0, 86400}}));
  const std::string text = ToString(*w);
  EXPECT_EQ(text, "Mon-Thu 08:00-12:00 13:00-17:00, Fri 08:00-12:00, Sun 00:00-24:00");
  EXPECT_EQ(*ParseWeeklyWindow(text), *w);
}

TEST(WeeklyWindow, RejectsMalformedText) {
  for (const char* bad : {"", "Mon-Fri", "Mon-Fri 8-22", "Mon-Fri 08:00-25:00", "Xyz 08:00-10:00", "Mon 10:00-09:00",
                          "Mon 08:00-12:00 11:00-13:00", "excl. BPH", "Mon 08:00-10:00,,"}) {
    auto w = ParseWeeklyWindow(bad);
    EXPECT_FALSE(w.ok()) << bad;
    if (!w.ok()) {
      EXPECT_EQ(w.error().field, "window");
    }
  }
}

}  // namespace
}  // namespace bizline
