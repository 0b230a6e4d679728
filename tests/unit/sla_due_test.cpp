#include <gtest/gtest.h>

#include "domain/sla/due_instant.h"
#include "sla_test_support.h"

namespace bizline {
namespace {

using testing::At;
using namespace std::chrono_literals;

std::optional<Instant> Due(const SlaTerms& terms, Priority p, const char* created,
                           std::vector<TimeInterval> stops = {}) {
  auto due = DueInstant(terms, p, At(created), stops);
  EXPECT_TRUE(due.ok()) << (due.ok() ? "" : due.error().message);
  return due.ok() ? *due : std::nullopt;
}

TEST(SlaDue, SLA029_InternetProP1CreatedMonday1900IsDueTuesday1000) {
  EXPECT_EQ(Due(testing::PremiumTerms(), Priority::kP1, "2026-11-30T19:00"), At("2026-12-01T10:00"));  // SLA-029, U-05
}

TEST(SlaDue, SLA017_InternetProP1OverChristmasIsDueSaturday1100) {
  // SLA-017 excl. BPH: Thursday 24 Dec 20:00 -> 2 h, Friday 25 closed, Saturday 08:00 + 3 h.
  const auto due = Due(testing::PremiumTerms(), Priority::kP1, "2026-12-24T20:00");
  EXPECT_EQ(due, At("2026-12-26T11:00:00+01:00"));
  EXPECT_EQ(FormatBrussels(*due), "2026-12-26T11:00:00+01:00");
}

TEST(SlaDue, SLA035_ProPlusMediumP1SaturdayCutoff) {
  EXPECT_EQ(Due(testing::MediumTerms(), Priority::kP1, "2026-11-28T12:30"), At("2026-11-28T16:30"));  // SLA-035
  EXPECT_EQ(Due(testing::MediumTerms(), Priority::kP1, "2026-11-28T13:30"), At("2026-11-30T20:00"));  // SLA-035
}

TEST(SlaDue, SLA035_WeekdayCutoffIsStrictlyBefore1700) {
  EXPECT_EQ(Due(testing::MediumTerms(), Priority::kP1, "2026-11-30T16:59:59"), At("2026-11-30T20:00"));
  EXPECT_EQ(Due(testing::MediumTerms(), Priority::kP1, "2026-11-30T17:00:00"), At("2026-12-01T20:00"));
}

TEST(SlaDue, U02_SaturdayIsNotABusinessDay) {
  // P2 next business day on a window with Saturday hours: Friday -> Monday, not Saturday.
  EXPECT_EQ(Due(testing::PremiumTerms(), Priority::kP2, "2026-11-27T15:00"), At("2026-11-30T22:00"));
}

TEST(SlaDue, SLA006_StopClockInsideTheWindowPostponesTheDueInstant) {
  const SlaTerms terms = testing::PremiumTerms();
  // SLA-006: 1 h Stop-Clock within the window -> one hour later.
  EXPECT_EQ(Due(terms, Priority::kP1, "2026-11-30T09:00", {{At("2026-11-30T10:00"), At("2026-11-30T11:00")}}),
            At("2026-11-30T15:00"));
  // Stop-Clock that ends before creation counts for nothing.
  EXPECT_EQ(Due(terms, Priority::kP1, "2026-11-30T09:00", {{At("2026-11-29T10:00"), At("2026-11-29T11:00")}}),
            At("2026-11-30T14:00"));
  // A due instant that would fall inside a Stop-Clock moves to after it.
  EXPECT_EQ(Due(terms, Priority::kP1, "2026-11-30T09:00", {{At("2026-11-30T13:00"), At("2026-11-30T20:00")}}),
            At("2026-11-30T21:00"));
}

TEST(SlaDue, SLA006_DayTargetsAreExtendedByStopClock) {
  // U-07: next BD budget = window time to Tuesday 22:00 (26 h); 2 h stopped Tuesday -> Wednesday 10:00.
  EXPECT_EQ(Due(testing::PremiumTerms(), Priority::kP2, "2026-11-30T10:00",
                {{At("2026-12-01T09:00"), At("2026-12-01T11:00")}}),
            At("2026-12-02T10:00"));
}

TEST(SlaDue, SLA027_BestEffortHasNoDueInstant) {
  const SlaTerms essential =
      testing::Terms(testing::kBasicWindow, "best-effort", "best-effort", "best-effort", "best-effort");
  for (Priority p : {Priority::kP1, Priority::kP2, Priority::kP3, Priority::kP4}) {
    EXPECT_EQ(Due(essential, p, "2026-11-30T10:00"), std::nullopt);  // SLA-027
  }
}

TEST(SlaDue, BadInputIsAnErrorNamingTheField) {
  const SlaTerms terms = testing::PremiumTerms();
  const std::vector<TimeInterval> reversed = {{At("2026-11-30T11:00"), At("2026-11-30T10:00")}};
  auto due = DueInstant(terms, Priority::kP1, At("2026-11-30T09:00"), reversed);
  ASSERT_FALSE(due.ok());
  EXPECT_EQ(due.error().field, "stopClock");
  EXPECT_EQ(due.error().rule, "SLA-006");
  auto early = DueInstant(terms, Priority::kP1, At("1999-01-01T10:00Z"), {});
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().field, "created");
  auto late = DueInstant(terms, Priority::kP4, At("2040-12-28T10:00"), {});  // 10 BD runs past 2040
  ASSERT_FALSE(late.ok());
}

TEST(SlaDue, BudgetBaseDeadlineAndCountdown) {
  const SlaTerms medium = testing::MediumTerms();
  const Instant created = At("2026-11-30T10:00");
  EXPECT_EQ(**BaseDeadline(medium, Priority::kP1, created), At("2026-11-30T20:00"));  // U-06
  EXPECT_EQ(**RestorationBudget(medium, Priority::kP1, created), 10h);
  EXPECT_EQ(**RestorationBudget(testing::PremiumTerms(), Priority::kP1, created), 5h);  // SLA-029
  EXPECT_EQ(*BaseDeadline(testing::PremiumTerms(), Priority::kP1, created), std::nullopt);
  // Countdown: at 15:00 with 1 h stopped, 4 h of the 10 h are used.
  const std::vector<TimeInterval> stops = {{At("2026-11-30T12:00"), At("2026-11-30T13:00")}};
  EXPECT_EQ(NetWindowTime(*medium.calendar, created, At("2026-11-30T15:00"), stops), 4h);
  EXPECT_EQ(NetWindowTime(*medium.calendar, created, At("2026-11-30T09:00"), stops), 0h);
}

TEST(SlaDue, MergeIntervals) {
  const std::vector<TimeInterval> in = {{At("2026-11-30T12:00"), At("2026-11-30T13:00")},
                                        {At("2026-11-30T10:00"), At("2026-11-30T11:00")},
                                        {At("2026-11-30T10:30"), At("2026-11-30T12:00")},
                                        {At("2026-11-30T15:00"), At("2026-11-30T15:00")}};
  const auto merged = MergeIntervals(in);
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0], (TimeInterval{At("2026-11-30T10:00"), At("2026-11-30T13:00")}));
}

}  // namespace
}  // namespace bizline
