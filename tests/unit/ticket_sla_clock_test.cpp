// The countdown a page shows (issue 10): the remaining net window time to the due instant, whether
// it runs, and when that changes (SLA-026 due instant, SLA-006 Stop-Clock, U-05 window).
#include <gtest/gtest.h>

#include "domain/sla/due_instant.h"
#include "domain/ticketing/lifecycle.h"
#include "domain/ticketing/service_level.h"
#include "domain/ticketing/sla_clock.h"
#include "sla_test_support.h"

namespace bizline {
namespace {

using testing::At;

Ticket P1At(Instant created) {
  Ticket t;
  t.created_at = created;
  t.status_change_date = created;
  t.priority = Priority::kP1;
  t.status = TicketStatus::kInProgress;
  return t;
}

TEST(TicketSlaClock, RunsInsideTheWindowUntilItClosesSLA026) {
  const SlaTerms terms = testing::PremiumTerms();
  Ticket t = P1At(At("2026-03-02T19:00:00+01:00"));  // due 10:00 Tuesday (5 window hours, U-05)
  SlaClock clock = SlaClockAt(&terms, t, At("2026-03-02T20:30:00+01:00"));
  EXPECT_EQ(clock.state, SlaClockState::kRunning);
  EXPECT_EQ(clock.remaining, std::chrono::minutes(210));          // 1 h 30 left Monday + 2 h Tuesday
  EXPECT_EQ(clock.next_change, At("2026-03-02T22:00:00+01:00"));  // the window closes
  EXPECT_EQ(clock.as_of, At("2026-03-02T20:30:00+01:00"));
  // One second later the page's count and the server agree.
  SlaClock later = SlaClockAt(&terms, t, At("2026-03-02T20:30:01+01:00"));
  EXPECT_EQ(later.remaining, clock.remaining - Seconds(1));
}

TEST(TicketSlaClock, FrozenOutsideTheWindowUntilItOpensU05) {
  const SlaTerms terms = testing::PremiumTerms();
  Ticket t = P1At(At("2026-03-02T19:00:00+01:00"));
  SlaClock night = SlaClockAt(&terms, t, At("2026-03-03T02:00:00+01:00"));
  EXPECT_EQ(night.state, SlaClockState::kClosed);
  EXPECT_EQ(night.remaining, std::chrono::hours(2));
  EXPECT_EQ(night.next_change, At("2026-03-03T08:00:00+01:00"));
  EXPECT_EQ(SlaClockAt(&terms, t, At("2026-03-03T07:59:59+01:00")).remaining, std::chrono::hours(2));
}

TEST(TicketSlaClock, PausedUnderStopClockSLA006) {
  const SlaTerms terms = testing::PremiumTerms();
  Ticket t = P1At(At("2026-03-02T19:00:00+01:00"));
  ASSERT_TRUE(ChangeStatus(t, TicketStatus::kPending, "customer", At("2026-03-02T20:00:00+01:00")).ok());
  SlaClock paused = SlaClockAt(&terms, t, At("2026-03-02T21:00:00+01:00"));
  EXPECT_EQ(paused.state, SlaClockState::kPaused);
  EXPECT_EQ(paused.remaining, std::chrono::hours(4));  // 1 h used before the pause
  EXPECT_FALSE(paused.next_change);
  EXPECT_EQ(SlaClockAt(&terms, t, At("2026-03-02T21:45:00+01:00")).remaining, std::chrono::hours(4));
}

TEST(TicketSlaClock, NegativeOnceOverdueSLA026) {
  const SlaTerms terms = testing::PremiumTerms();
  Ticket t = P1At(At("2026-03-02T19:00:00+01:00"));
  SlaClock late = SlaClockAt(&terms, t, At("2026-03-03T10:30:00+01:00"));
  EXPECT_EQ(late.state, SlaClockState::kRunning);
  EXPECT_EQ(late.remaining, -std::chrono::minutes(30));
}

TEST(TicketSlaClock, StopsAtResolutionAndIsNoneWithoutADueInstantSLA027) {
  const SlaTerms terms = testing::PremiumTerms();
  Ticket t = P1At(At("2026-03-02T19:00:00+01:00"));
  ASSERT_TRUE(ChangeStatus(t, TicketStatus::kResolved, "fixed", At("2026-03-03T09:00:00+01:00")).ok());
  SlaClock done = SlaClockAt(&terms, t, At("2026-03-05T12:00:00+01:00"));
  EXPECT_EQ(done.state, SlaClockState::kStopped);
  EXPECT_EQ(done.remaining, std::chrono::hours(1));  // what was left when it was resolved
  EXPECT_FALSE(done.next_change);

  Ticket untriaged = P1At(At("2026-03-02T19:00:00+01:00"));
  untriaged.priority.reset();
  EXPECT_EQ(SlaClockAt(&terms, untriaged, At("2026-03-02T20:00:00+01:00")).state, SlaClockState::kNone);
  EXPECT_EQ(SlaClockAt(nullptr, t, At("2026-03-02T20:00:00+01:00")).state, SlaClockState::kNone);
  const SlaTerms best =
      testing::Terms(testing::kBasicWindow, "best-effort", "best-effort", "best-effort", "best-effort");
  EXPECT_EQ(SlaClockAt(&best, P1At(At("2026-03-02T10:00:00+01:00")), At("2026-03-02T11:00:00+01:00")).state,
            SlaClockState::kNone);
}

TEST(TicketSlaClock, StateNamesAreTheWireNames) {
  EXPECT_EQ(ToString(SlaClockState::kRunning), "running");
  EXPECT_EQ(ToString(SlaClockState::kPaused), "paused");
  EXPECT_EQ(ToString(SlaClockState::kClosed), "closed");
  EXPECT_EQ(ToString(SlaClockState::kStopped), "stopped");
  EXPECT_EQ(ToString(SlaClockState::kNone), "none");
}

}  // namespace
}  // namespace bizline
