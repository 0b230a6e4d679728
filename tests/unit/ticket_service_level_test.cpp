// A ticket's expected resolution (SLA-026, SLA-029/030 targets, Stop-Clock SLA-006, U-05) and its
// acknowledgment against the 15-minute objective (DESK-026).
#include <gtest/gtest.h>

#include "domain/ticketing/lifecycle.h"
#include "domain/ticketing/service_level.h"
#include "sla_test_support.h"

namespace bizline {
namespace {

using testing::At;

Ticket Incident(Instant created, std::optional<Priority> priority) {
  Ticket t;
  t.created_at = created;
  t.priority = priority;
  t.status = TicketStatus::kInProgress;
  return t;
}

TEST(TicketServiceLevel, P1PremiumDueFiveWindowHoursAfterCreationU05) {
  // U-05: 19:00 Monday on an 08:00-22:00 window uses 3 h Monday; 5 h falls due 10:00 Tuesday.
  Ticket t = Incident(At("2026-03-02T19:00:00+01:00"), Priority::kP1);
  auto due = ExpectedResolution(testing::PremiumTerms(), t, t.created_at);
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(*due, At("2026-03-03T10:00:00+01:00"));  // SLA-030
}

TEST(TicketServiceLevel, StopClockInsideTheWindowPushesTheDueInstantSLA006) {
  Ticket t = Incident(At("2026-03-02T19:00:00+01:00"), Priority::kP1);
  ASSERT_TRUE(ChangeStatus(t, TicketStatus::kPending, "customer", At("2026-03-02T20:00:00+01:00")).ok());
  ASSERT_TRUE(ChangeStatus(t, TicketStatus::kInProgress, "", At("2026-03-02T21:30:00+01:00")).ok());
  auto due = ExpectedResolution(testing::PremiumTerms(), t, At("2026-03-02T21:30:00+01:00"));
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(*due, At("2026-03-03T11:30:00+01:00"));  // 1 h 30 of window time under Stop-Clock
}

TEST(TicketServiceLevel, NoPriorityNoDueInstantYetDESK027) {
  Ticket t = Incident(At("2026-03-02T10:00:00+01:00"), std::nullopt);
  auto due = ExpectedResolution(testing::PremiumTerms(), t, t.created_at);
  ASSERT_TRUE(due.ok());
  EXPECT_FALSE(*due);
}

TEST(TicketServiceLevel, TriageLaterStillCountsFromCreationSLA026) {
  Ticket t = Incident(At("2026-03-02T10:00:00+01:00"), Priority::kP2);
  // Priority assigned at 15:00; the next-business-day target still counts from 10:00 Monday.
  auto due = ExpectedResolution(testing::PremiumTerms(), t, At("2026-03-02T15:00:00+01:00"));
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(*due, At("2026-03-03T22:00:00+01:00"));  // SLA-030 P2 next BD, U-07
}

TEST(TicketServiceLevel, BestEffortHasNoDueInstantSLA027) {
  SlaTerms terms = testing::Terms(testing::kBasicWindow, "best-effort", "best-effort", "best-effort", "best-effort");
  Ticket t = Incident(At("2026-03-02T10:00:00+01:00"), Priority::kP1);
  auto due = ExpectedResolution(terms, t, t.created_at);
  ASSERT_TRUE(due.ok());
  EXPECT_FALSE(*due);
}

TEST(TicketServiceLevel, AcknowledgmentWithinFifteenMinutesDESK026) {
  Ticket t = Incident(At("2026-03-02T10:00:00+01:00"), Priority::kP2);
  EXPECT_EQ(AcknowledgmentOf(t), Acknowledgment::kNotYet);
  t.acknowledged_at = t.created_at + std::chrono::minutes(15);
  EXPECT_EQ(AcknowledgmentOf(t), Acknowledgment::kWithinObjective);
  EXPECT_EQ(*AcknowledgmentTime(t), std::chrono::minutes(15));
  t.acknowledged_at = t.created_at + std::chrono::minutes(15) + Seconds(1);
  EXPECT_EQ(AcknowledgmentOf(t), Acknowledgment::kLate);
}

}  // namespace
}  // namespace bizline

namespace bizline {
namespace {

// The one decision every ticket writer takes (SLA-026, SLA-006): does this change move the due
// instant?
TEST(DueInstantMoves, OnPriorityFormulaTierOrAnEndedStopClock_SLA_026_SLA_006) {
  Ticket before;
  before.priority = Priority::kP3;
  before.sla_formula = "internet-pro-plus";
  before.sla_tier = "basic";
  before.stop_clock.push_back({StopClockReason::kCustomer, InstantFromEpoch(1'790'000'000), std::nullopt});
  Ticket after = before;
  after.description = "edited";
  after.notes.push_back({0, "Sam", "called", {}});
  after.parent_ticket_id = TicketId(9);
  EXPECT_FALSE(DueInstantMoves(before, after));  // text, notes and links never move it
  after = before;
  after.priority = Priority::kP2;
  EXPECT_TRUE(DueInstantMoves(before, after));
  after = before;
  after.sla_tier = "premium";
  EXPECT_TRUE(DueInstantMoves(before, after));
  after = before;
  after.sla_formula = "fullfiber";
  EXPECT_TRUE(DueInstantMoves(before, after));
  after = before;
  after.stop_clock[0].end = InstantFromEpoch(1'790'003'600);  // SLA-006: the clock runs again
  EXPECT_TRUE(DueInstantMoves(before, after));
  after = before;
  after.stop_clock.push_back({StopClockReason::kThirdParty, InstantFromEpoch(1'790'009'000), std::nullopt});
  EXPECT_FALSE(DueInstantMoves(before, after)) << "a pause moves the due instant only when it ends";
}

}  // namespace
}  // namespace bizline
