// The ticket lifecycle (DESK-016, DESK-017) and its Stop-Clock periods (SLA-006).
#include <gtest/gtest.h>

#include "domain/ticketing/lifecycle.h"

namespace bizline {
namespace {

using S = TicketStatus;
const Instant kT0 = InstantFromEpoch(1'790'000'000);

Ticket TicketIn(TicketStatus status) {
  Ticket t;
  t.status = status;
  t.created_at = kT0;
  return t;
}

struct TransitionCase {
  S from;
  S to;
  bool allowed;
};

// DESK-016: acknowledged -> inProgress -> pending -> resolved -> closed; cancelled from any open
// state but resolved; a resolved ticket may be reopened; closed and cancelled are final.
const TransitionCase kTransitions[] = {
    {S::kAcknowledged, S::kInProgress, true}, {S::kAcknowledged, S::kPending, true},
    {S::kAcknowledged, S::kResolved, true},   {S::kAcknowledged, S::kCancelled, true},
    {S::kAcknowledged, S::kClosed, false},    {S::kInProgress, S::kPending, true},
    {S::kInProgress, S::kResolved, true},     {S::kInProgress, S::kAcknowledged, false},
    {S::kInProgress, S::kClosed, false},      {S::kPending, S::kInProgress, true},
    {S::kPending, S::kResolved, true},        {S::kPending, S::kCancelled, true},
    {S::kPending, S::kClosed, false},         {S::kResolved, S::kClosed, true},
    {S::kResolved, S::kInProgress, true},     {S::kResolved, S::kCancelled, false},
    {S::kResolved, S::kPending, false},       {S::kClosed, S::kInProgress, false},
    {S::kClosed, S::kCancelled, false},       {S::kCancelled, S::kInProgress, false},
    {S::kInProgress, S::kInProgress, false},
};

TEST(TicketLifecycle, TransitionTableDESK016) {
  for (const auto& c : kTransitions) {
    SCOPED_TRACE(std::string(ToString(c.from)) + " -> " + std::string(ToString(c.to)));
    EXPECT_EQ(IsTransitionAllowed(c.from, c.to), c.allowed);
    Ticket t = TicketIn(c.from);
    auto changed = ChangeStatus(t, c.to, "customer", kT0 + Seconds(60));
    EXPECT_EQ(changed.ok(), c.allowed);
    if (!changed.ok()) {
      EXPECT_EQ(changed.error().rule, "DESK-016");
      EXPECT_EQ(t.status, c.from) << "a refused transition changes nothing";
      EXPECT_TRUE(t.history.empty());
    }
  }
}

TEST(TicketLifecycle, PendingNeedsAStopClockReasonSLA006) {
  Ticket t = TicketIn(S::kInProgress);
  auto refused = ChangeStatus(t, S::kPending, "waiting", kT0);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule, "SLA-006");
  EXPECT_EQ(refused.error().field, "statusChangeReason");
  EXPECT_TRUE(t.stop_clock.empty());
  for (const char* reason : {"customer", "thirdParty", "forceMajeure", "plannedWorks"}) {  // SLA-006
    Ticket u = TicketIn(S::kInProgress);
    EXPECT_TRUE(ChangeStatus(u, S::kPending, reason, kT0).ok()) << reason;
  }
}

TEST(TicketLifecycle, PendingOpensAndLeavingClosesAStopClockPeriodSLA006) {
  Ticket t = TicketIn(S::kInProgress);
  auto start = ChangeStatus(t, S::kPending, "thirdParty", kT0 + Seconds(100));
  ASSERT_TRUE(start.ok());
  EXPECT_TRUE(start->stop_clock_started);  // DESK-017: a Stop-Clock is a major change
  ASSERT_EQ(t.stop_clock.size(), 1u);
  EXPECT_EQ(t.stop_clock[0].reason, StopClockReason::kThirdParty);
  EXPECT_FALSE(t.stop_clock[0].end);
  // While pending, the open period counts up to now.
  auto open = StopClockIntervals(t, kT0 + Seconds(400));
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].to, kT0 + Seconds(400));

  auto end = ChangeStatus(t, S::kInProgress, "", kT0 + Seconds(1000));
  ASSERT_TRUE(end.ok());
  EXPECT_TRUE(end->stop_clock_ended);
  EXPECT_EQ(t.stop_clock[0].end, kT0 + Seconds(1000));
  auto closed = StopClockIntervals(t, kT0 + Seconds(5000));
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_EQ(closed[0].from, kT0 + Seconds(100));
  EXPECT_EQ(closed[0].to, kT0 + Seconds(1000));
}

TEST(TicketLifecycle, ResolutionRecordsItsDateAndHistoryDESK017) {
  Ticket t = TicketIn(S::kAcknowledged);
  ASSERT_TRUE(ChangeStatus(t, S::kInProgress, "", kT0 + Seconds(10)).ok());
  auto resolved = ChangeStatus(t, S::kResolved, "replaced the CPE", kT0 + Seconds(20));
  ASSERT_TRUE(resolved.ok());
  EXPECT_TRUE(resolved->resolved);
  EXPECT_EQ(t.resolution_date, kT0 + Seconds(20));
  EXPECT_EQ(t.status_change_date, kT0 + Seconds(20));
  EXPECT_EQ(t.status_change_reason, "replaced the CPE");
  ASSERT_EQ(t.history.size(), 2u);
  EXPECT_EQ(t.history[1].status, S::kResolved);

  // Reopened: the resolution no longer stands.
  ASSERT_TRUE(ChangeStatus(t, S::kInProgress, "still down", kT0 + Seconds(30)).ok());
  EXPECT_FALSE(t.resolution_date);
  ASSERT_TRUE(ChangeStatus(t, S::kResolved, "", kT0 + Seconds(40)).ok());
  auto closed = ChangeStatus(t, S::kClosed, "", kT0 + Seconds(50));
  ASSERT_TRUE(closed.ok());
  EXPECT_TRUE(closed->closed);
  EXPECT_TRUE(IsFinal(t.status));
}

}  // namespace
}  // namespace bizline

namespace bizline {
namespace {

TEST(TicketLifecycleReopen, ReopeningAResolvedTicketIsAnEffectTheCustomerHears_DESK_017) {
  Ticket t = TicketIn(TicketStatus::kInProgress);
  auto resolved = ChangeStatus(t, TicketStatus::kResolved, "", kT0 + std::chrono::hours(1));
  ASSERT_TRUE(resolved.ok());
  EXPECT_FALSE(resolved->reopened);
  auto reopened = ChangeStatus(t, TicketStatus::kInProgress, "still down", kT0 + std::chrono::hours(2));
  ASSERT_TRUE(reopened.ok());
  EXPECT_TRUE(reopened->reopened);  // DESK-017
  EXPECT_FALSE(t.resolution_date);
  // Starting work on an acknowledged ticket is not a reopening.
  Ticket fresh = TicketIn(TicketStatus::kAcknowledged);
  EXPECT_FALSE(ChangeStatus(fresh, TicketStatus::kInProgress, "", kT0)->reopened);
}

}  // namespace
}  // namespace bizline
