// The running monthly report cuts the measurement period at each Brussels month start (U-21),
// from the activation instant to the end of the period.
#include <gtest/gtest.h>

#include "domain/availability/measurement_period.h"
#include "domain/calendar/iso8601.h"

namespace bizline {
namespace {

Instant At(const std::string& text) { return *ParseIso8601(text, "at"); }

TEST(AvailabilityMonths, APeriodIsCutAtEachBrusselsMonthStart_X45_U21) {
  const auto months = MonthsOf({At("2025-06-10T12:00:00+02:00"), At("2026-01-01T00:00:00+01:00")});
  ASSERT_EQ(months.size(), 7U);
  EXPECT_EQ(months.front().month, date::year(2025) / date::June);
  EXPECT_EQ(months.front().part.from, At("2025-06-10T12:00:00+02:00"));  // from activation
  EXPECT_EQ(months.front().part.to, At("2025-07-01T00:00:00+02:00"));
  EXPECT_EQ(months[4].month, date::year(2025) / date::October);
  EXPECT_EQ(months[4].part.to - months[4].part.from, std::chrono::hours(31 * 24 + 1));  // the DST hour back
  EXPECT_EQ(months.back().part.to, At("2026-01-01T00:00:00+01:00"));
}

}  // namespace
}  // namespace bizline
