// Throttles and Volume Packs on SQLite and PostgreSQL (issue 11 items 6, 7): a line reaching 100 %
// of its month is throttled (U-13) and its NAS told by CoA, with Disconnect when the CoA is
// refused (RFC 5176) and retries when nobody answers; the throttle lifts at month start and at
// once when a Volume Pack raises the cap (U-14), whose charge is recorded (USE-004, USE-005, X-13).
#include <gmock/gmock.h>

#include <thread>

#include "app/inventory/ports.h"
#include "app/party/ports.h"
#include "app/usage/ports.h"
#include "app/usage/throttle_enforcer.h"
#include "app/usage/throttling.h"
#include "app/usage/usage_meter.h"
#include "app/usage/volume_packs.h"
#include "domain/usage/volume_cap.h"
#include "usage_fixture.h"

namespace bizline::testing {
namespace {

// A NAS that answers as told and remembers what it was asked.
class FakeNas final : public NasControl {
 public:
  NasAnswer coa = NasAnswer::kAck;
  NasAnswer disconnect = NasAnswer::kAck;
  std::vector<NasRequest> coas, disconnects;
  NasAnswer ChangeProfile(const NasRequest& r) override {
    coas.push_back(r);
    return coa;
  }
  NasAnswer Disconnect(const NasRequest& r) override {
    disconnects.push_back(r);
    return disconnect;
  }
};

class UsageEnforcement : public UsageFixture {
 protected:
  // Usage of `user` in session S-9 from the NAS at 127.0.0.9, counters at `bytes`.
  MeterReport Use(const std::string& user, std::uint64_t bytes) {
    AccountingRecord r{AcctStatus::kInterimUpdate, "bras-1", "S-9", user, bytes, 0, clock_.Now(), "127.0.0.9"};
    auto report = UsageMeter(*storage_, catalog_, clock_).Record(std::vector{r});
    EXPECT_TRUE(report.ok()) << report.error().message;
    clock_.Set(clock_.Now() + std::chrono::seconds(60));
    return report.ok() ? *report : MeterReport{};
  }

  std::optional<Throttle> Open(ProductId line) {
    auto tx = Begin(TxMode::kRead);
    return *Enforcement(*tx).OpenThrottle(line, MonthOf(clock_.Now()));
  }
  std::vector<Throttle> All() {
    auto tx = Begin(TxMode::kRead);
    return *Enforcement(*tx).ThrottlesOf(Month{2026, 3});
  }
  EnforcementReport Run() {
    auto report = ThrottleEnforcer(*storage_, nas_, clock_).RunOnce();
    EXPECT_TRUE(report.ok()) << report.error().message;
    return report.ok() ? *report : EnforcementReport{};
  }

  FakeNas nas_;
  const Principal staff_{UserId(1), Role::kAdmin, {}};
};

// U-12: below 80 % of the smallest cap in the catalog (Internet Essential's 100 GB, USE-003) no
// line has a threshold to act on, so a batch need not read the line; from there on it must.
TEST_P(UsageEnforcement, BelowEightyPercentOfTheSmallestCapNoLineIsRead_U12) {
  EXPECT_TRUE(BelowEveryThreshold(catalog_, Bytes{80 * kGb - 1}));
  EXPECT_FALSE(BelowEveryThreshold(catalog_, Bytes{80 * kGb}));
  NewLine("internet-essential", "ess-80");
  EXPECT_EQ(Use("ess-80", 80 * kGb - 1).notices, 0);
  EXPECT_EQ(Use("ess-80", 80 * kGb).notices, 1);  // the line is read at exactly 80 %
  auto tx = Begin(TxMode::kRead);
  EXPECT_EQ(*Usage(*tx).MonthVolume("ess-80", MonthOf(clock_.Now())), Bytes{80 * kGb});
}

// U-13: two transactions reaching the cap at once (the listener's batch and a file import, say)
// throttle the line once. On PostgreSQL the second runs beside the first and waits on the
// in-force index until the first commits; on SQLite it waits for the single writer.
TEST_P(UsageEnforcement, TwoTransactionsReachingTheCapAtOnceThrottleTheLineOnce_U13) {
  const ProductId line = NewLine("internet-essential", "race-1");
  const Month month = MonthOf(clock_.Now());
  auto first = Begin();
  const Product product = *Products(*first).Get(line);
  const VolumeCap cap = *MonthCap(*first, catalog_, product, month);
  auto throttled = ThrottleWhenOverCap(*first, catalog_, product, month, Bytes{120 * kGb}, cap, clock_.Now());
  ASSERT_TRUE(throttled.ok() && *throttled);
  std::optional<Result<bool>> second;
  std::thread other([&] {
    auto tx = Begin();
    second = ThrottleWhenOverCap(*tx, catalog_, product, month, Bytes{130 * kGb}, cap, clock_.Now());
    if (second->ok()) {
      EXPECT_TRUE(tx->Commit().ok());
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the second is under way
  ASSERT_TRUE(first->Commit().ok());
  other.join();
  ASSERT_TRUE(second && second->ok()) << (second ? second->error().message : "");
  EXPECT_FALSE(**second) << "the line was already throttled";
  auto tx = Begin(TxMode::kRead);
  EXPECT_EQ(Enforcement(*tx).ThrottlesOf(month)->size(), 1U);
}

TEST_P(UsageEnforcement, AtOneHundredPercentTheLineIsThrottledByCoaUntilTheMonthEnds_U13) {
  const ProductId line = NewLine("internet-essential", "ess-1");  // 100 GB included (USE-003)
  EXPECT_EQ(Use("ess-1", 99 * kGb).throttled, 0);
  EXPECT_EQ(Use("ess-1", 100 * kGb).throttled, 1);  // USE-004: the speed is reduced at the cap
  EXPECT_EQ(Use("ess-1", 120 * kGb).throttled, 0);  // one throttle per episode
  auto t = Open(line);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->state, ThrottleState::kPending);
  EXPECT_EQ(ThrottleLiftsAt(t->month), InstantFromEpoch(1'774'994'400));  // 2026-04-01T00:00+02:00

  const EnforcementReport report = Run();
  EXPECT_EQ(report.applied, 1);
  ASSERT_EQ(nas_.coas.size(), 1u);
  EXPECT_EQ(nas_.coas[0].nas_address, "127.0.0.9");  // where the session's accounting came from
  EXPECT_EQ(nas_.coas[0].user_name, "ess-1");
  EXPECT_EQ(nas_.coas[0].session_id, "S-9");
  EXPECT_EQ(nas_.coas[0].profile, "bizline-throttle-1m");  // the catalog's profile (U-13)
  EXPECT_EQ(Open(line)->state, ThrottleState::kApplied);
  EXPECT_EQ(Run().sent, 0) << "nothing more to tell";

  // 00:00 Brussels on the 1st: the throttle lifts by itself (U-13, USE-010).
  clock_.Set(InstantFromEpoch(1'774'994'400));
  EXPECT_EQ(Run().lifted, 1);
  ASSERT_EQ(nas_.coas.size(), 2u);
  EXPECT_EQ(nas_.coas[1].profile, "internet-essential");  // the line's own profile again
  EXPECT_EQ(All().front().state, ThrottleState::kLifted);
}

TEST_P(UsageEnforcement, ARefusedCoaFallsBackToDisconnect_RFC5176) {
  const ProductId line = NewLine("internet-essential", "ess-2");
  Use("ess-2", 101 * kGb);
  nas_.coa = NasAnswer::kNak;
  EXPECT_EQ(Run().disconnected, 1);
  ASSERT_EQ(nas_.disconnects.size(), 1u);
  EXPECT_EQ(nas_.disconnects[0].session_id, "S-9");
  EXPECT_TRUE(nas_.disconnects[0].profile.empty());
  EXPECT_EQ(Open(line)->state, ThrottleState::kDisconnected);
}

TEST_P(UsageEnforcement, ANasThatDoesNotAnswerIsRetriedThenReportedUnreachable) {
  const ProductId line = NewLine("internet-essential", "ess-3");
  Use("ess-3", 101 * kGb);
  nas_.coa = NasAnswer::kNoAnswer;
  for (int attempt = 1; attempt < kMaxThrottleAttempts; ++attempt) {
    EXPECT_EQ(Run().retried, 1) << attempt;
    EXPECT_EQ(Run().sent, 0) << "not before the backoff";
    clock_.Set(clock_.Now() + ThrottleRetryAfter(attempt));
  }
  EXPECT_EQ(Run().unreachable, 1);
  auto t = Open(line);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->state, ThrottleState::kUnreachable);  // still reducing speed: the staff follow it up
  EXPECT_TRUE(ReducesSpeed(t->state));
  EXPECT_NE(t->last_error.find("127.0.0.9"), std::string::npos);
}

TEST_P(UsageEnforcement, AVolumePackRaisesTheCapAndLiftsTheThrottleAtOnce_U14_USE004) {
  const ProductId line = NewLine("internet-essential", "ess-4");
  Use("ess-4", 110 * kGb);
  Run();
  VolumePackService packs(*storage_, catalog_, clock_);
  auto ordered = packs.Order(staff_, line, "user/1");
  ASSERT_TRUE(ordered.ok()) << ordered.error().message;
  EXPECT_TRUE(ordered->throttle_lifted);  // 110 GB < 100 GB + 50 GB
  EXPECT_EQ(ordered->pack.terms.size, Bytes{50 * kGb});
  EXPECT_EQ(ordered->pack.terms.charge, VolumePackCharge::kPaid);  // USE-004: paid on Internet Essential
  EXPECT_EQ(ordered->pack.terms.price, Cents(1000));               // prices.yaml volume-pack-paid
  EXPECT_EQ(ordered->pack.month, (Month{2026, 3}));
  EXPECT_EQ(Run().lifted, 1);
  EXPECT_EQ(nas_.coas.back().profile, "internet-essential");
  EXPECT_FALSE(Open(line));
  // The raised cap reached again throttles the line anew.
  EXPECT_EQ(Use("ess-4", 150 * kGb).throttled, 1);
  EXPECT_EQ(All().size(), 2u);
}

TEST_P(UsageEnforcement, APackUnderTheCapLeavesNoThrottleToLiftAndFairUsePacksAreFree_X13) {
  const ProductId fiber = NewLine("business-internet-fiber", "bif-1");
  VolumePackService packs(*storage_, catalog_, clock_);
  auto ordered = packs.Order(staff_, fiber, "user/1");
  ASSERT_TRUE(ordered.ok()) << ordered.error().message;
  EXPECT_FALSE(ordered->throttle_lifted);
  EXPECT_EQ(ordered->pack.terms.charge, VolumePackCharge::kFree);  // USE-005, X-13
  EXPECT_EQ(ordered->pack.terms.price, Cents(0));
  EXPECT_EQ(ordered->pack.terms.size, Bytes{1000 * kGb});
}

TEST_P(UsageEnforcement, UnlimitedLinesTakeNoPackAndOtherCustomersLinesAreInvisible_USE007) {
  const ProductId pro = NewLine("internet-pro", "pro-1");
  VolumePackService packs(*storage_, catalog_, clock_);
  auto refused = packs.Order(staff_, pro, "user/1");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule, "USE-007");
  const ProductId essential = NewLine("internet-essential", "ess-5");
  const Principal stranger{UserId(2), Role::kCustomerRep, CustomerId(999'999)};
  EXPECT_EQ(packs.Order(stranger, essential, "user/2").error().code, ErrorCode::kNotFound);
}

TEST_P(UsageEnforcement, AThrottleWrittenConcurrentlyIsNotOverwritten) {
  const ProductId line = NewLine("internet-essential", "ess-6");
  Use("ess-6", 101 * kGb);
  Throttle mine = *Open(line), theirs = mine;
  {
    auto tx = Begin();
    theirs.state = ThrottleState::kApplied;
    ASSERT_TRUE(Enforcement(*tx).UpdateThrottle(theirs).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  auto tx = Begin();
  mine.state = ThrottleState::kLiftPending;
  EXPECT_EQ(Enforcement(*tx).UpdateThrottle(mine).error().code, ErrorCode::kStale);
}

TEST_P(UsageEnforcement, AMonthAlreadyOverIsNotThrottledAfterTheFact) {
  NewLine("internet-essential", "ess-7");
  AccountingRecord late{AcctStatus::kInterimUpdate,      "bras-1",   "S-1", "ess-7", 200 * kGb, 0,
                        InstantFromEpoch(1'771'000'000), "127.0.0.9"};  // February
  auto report = UsageMeter(*storage_, catalog_, clock_).Record(std::vector{late});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->throttled, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, UsageEnforcement, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace bizline::testing
