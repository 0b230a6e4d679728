// Usage metering on SQLite and PostgreSQL (issue 11 item 2): sessions round-trip, volume adds up
// per user and Brussels day, Accounting-On/Off and silence close sessions, and the meter counts a
// retransmit once and a late record not at all.
#include <gmock/gmock.h>

#include "app/inventory/ports.h"
#include "app/notification/ports.h"
#include "app/party/ports.h"
#include "app/usage/ports.h"
#include "app/usage/usage_meter.h"
#include "usage_fixture.h"

namespace bizline::testing {
namespace {

class UsageStorage : public UsageFixture {
 protected:
  void SetUp() override {
    UsageFixture::SetUp();
    clock_.Set(InstantFromEpoch(1'775'000'000));
  }
};

CivilDay Day(const char* text) { return *ParseCivilDay(text); }

AccountingRecord Record(AcctStatus status, const char* session, std::uint64_t in, std::uint64_t out, std::int64_t at,
                        const char* user = "acme-1") {
  return {status, "bras-1", session, user, in, out, InstantFromEpoch(at)};
}

TEST_P(UsageStorage, ASessionRoundTripsAndIsReplacedInPlace) {
  auto tx = Begin();
  EXPECT_FALSE(*Usage(*tx).FindSession("bras-1", "S-1"));
  MeteredSession s{"bras-1", "S-1", "acme-1", {{10, 20}, InstantFromEpoch(1'790'000'000), AcctStatus::kStart, true}};
  ASSERT_TRUE(Usage(*tx).SaveSession(s).ok());
  s.state.counters = {5'000'000'000ULL, 7'000'000'000ULL};  // past 32 bits: gigawords kept
  s.state.last_status = AcctStatus::kStop;
  s.state.open = false;
  ASSERT_TRUE(Usage(*tx).SaveSession(s).ok());
  auto read = Usage(*tx).FindSession("bras-1", "S-1");
  ASSERT_TRUE(read.ok() && read->has_value());
  EXPECT_EQ((*read)->state.counters.input, 5'000'000'000ULL);
  EXPECT_EQ((*read)->state.counters.output, 7'000'000'000ULL);
  EXPECT_EQ((*read)->state.last_status, AcctStatus::kStop);
  EXPECT_FALSE((*read)->state.open);
  EXPECT_FALSE(*Usage(*tx).FindSession("bras-2", "S-1")) << "a session is named by its NAS too";
}

TEST_P(UsageStorage, VolumeAddsUpPerUserAndDayAndMonth) {
  auto tx = Begin();
  ASSERT_TRUE(Usage(*tx).AddVolume("acme-1", Day("2026-03-31"), Bytes{100}).ok());
  ASSERT_TRUE(Usage(*tx).AddVolume("acme-1", Day("2026-03-31"), Bytes{50}).ok());
  ASSERT_TRUE(Usage(*tx).AddVolume("acme-1", Day("2026-04-01"), Bytes{7}).ok());
  ASSERT_TRUE(Usage(*tx).AddVolume("globex-1", Day("2026-03-01"), Bytes{4'000'000'000'000ULL}).ok());
  ASSERT_TRUE(tx->Commit().ok());
  auto read = Begin(TxMode::kRead);
  auto days = Usage(*read).DailyVolumes("acme-1", {2026, 3});
  ASSERT_TRUE(days.ok());
  ASSERT_EQ(days->size(), 1u);
  EXPECT_EQ((*days)[0].day, Day("2026-03-31"));
  EXPECT_EQ((*days)[0].bytes, Bytes{150});
  auto march = Usage(*read).MonthVolumes({2026, 3});
  ASSERT_TRUE(march.ok());
  ASSERT_EQ(march->size(), 2u);
  EXPECT_EQ((*march)[0].user_name, "acme-1");
  EXPECT_EQ((*march)[0].bytes, Bytes{150});
  EXPECT_EQ((*march)[1].bytes, Bytes{4'000'000'000'000ULL});
  EXPECT_EQ(Usage(*read).MonthVolumes({2026, 4})->at(0).bytes, Bytes{7});
}

TEST_P(UsageStorage, TheMeterCountsRetransmitsOnceAndSplitsAtTheBrusselsMonth) {
  UsageMeter meter(*storage_, catalog_, clock_);
  // 2026-03-31 23:30 CEST is still March; its next interim at 00:30 CEST on 1 April is April.
  const std::int64_t march_end = 1'774'992'600;  // 2026-03-31T21:30:00Z
  std::vector<AccountingRecord> batch{Record(AcctStatus::kStart, "S-1", 0, 0, march_end - 3600),
                                      Record(AcctStatus::kInterimUpdate, "S-1", 600, 400, march_end),
                                      Record(AcctStatus::kInterimUpdate, "S-1", 600, 400, march_end),  // retransmit
                                      Record(AcctStatus::kInterimUpdate, "S-1", 900, 600, march_end + 3600)};
  auto report = meter.Record(batch);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->counted, 3);
  EXPECT_EQ(report->duplicates, 1);
  EXPECT_THAT(report->touched, ::testing::UnorderedElementsAre(std::pair<std::string, Month>{"acme-1", {2026, 3}},
                                                               std::pair<std::string, Month>{"acme-1", {2026, 4}}));
  auto late = meter.Record(std::vector{Record(AcctStatus::kInterimUpdate, "S-1", 600, 400, march_end)});
  EXPECT_EQ(late->stale, 1);
  auto read = Begin(TxMode::kRead);
  EXPECT_EQ(Usage(*read).MonthVolumes({2026, 3})->at(0).bytes, Bytes{1000});
  EXPECT_EQ(Usage(*read).MonthVolumes({2026, 4})->at(0).bytes, Bytes{500});
}

TEST_P(UsageStorage, AccountingOnAndSilenceCloseOpenSessions) {
  UsageMeter meter(*storage_, catalog_, clock_);
  ASSERT_TRUE(meter
                  .Record(std::vector{Record(AcctStatus::kStart, "S-1", 0, 0, 1'790'000'000),
                                      Record(AcctStatus::kStart, "S-2", 0, 0, 1'790'000'000, "acme-2")})
                  .ok());
  AccountingRecord on{AcctStatus::kAccountingOn, "bras-1", "", "", 0, 0, InstantFromEpoch(1'790'000'100)};
  auto report = meter.Record(std::vector{on});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->sessions_closed, 2);
  EXPECT_FALSE((*Usage(*Begin(TxMode::kRead)).FindSession("bras-1", "S-1"))->state.open);
  ASSERT_TRUE(meter.Record(std::vector{Record(AcctStatus::kStart, "S-3", 0, 0, 1'790'000'000)}).ok());
  EXPECT_EQ(*meter.CloseSilentSessions(InstantFromEpoch(1'790'000'000) + std::chrono::hours(1), std::chrono::hours(2)),
            0);
  EXPECT_EQ(*meter.CloseSilentSessions(InstantFromEpoch(1'790'000'000) + std::chrono::hours(3), std::chrono::hours(2)),
            1);
}

TEST_P(UsageStorage, TheRepresentativesAreToldAt80And100PercentOncePerMonthU12) {
  NewLine("internet-essential", "essential-1");  // 100 GB included (USE-003)
  const CustomerId customer = *customer_;
  {
    auto tx = Begin();
    ASSERT_TRUE(Customers(*tx)
                    .InsertRepresentative(Representative{RepresentativeId(), customer, "Ann", "ann@acme.example",
                                                         "+32 2 000 00 00", "IT manager"})
                    .ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  UsageMeter meter(*storage_, catalog_, clock_);
  const std::int64_t at = 1'774'900'000;  // March 2026
  const std::uint64_t gb = 1'000'000'000ULL;
  auto step = [&](std::uint64_t volume, std::int64_t when) {
    auto report = meter.Record(std::vector{Record(AcctStatus::kInterimUpdate, "S-9", volume, 0, when, "essential-1")});
    EXPECT_TRUE(report.ok());
    return report.ok() ? report->notices : -1;
  };
  EXPECT_EQ(step(79 * gb, at), 0);
  EXPECT_EQ(step(80 * gb, at + 60), 1);    // U-12: 80 %
  EXPECT_EQ(step(90 * gb, at + 120), 0);   // told once per threshold and month
  EXPECT_EQ(step(100 * gb, at + 180), 1);  // 100 %: the speed reduction is announced (USE-004)
  EXPECT_EQ(step(130 * gb, at + 240), 0);
  auto read = Begin(TxMode::kRead);
  auto outbox = Notifications(*read).ListForCustomer(customer, {0, 50});
  ASSERT_TRUE(outbox.ok());
  std::vector<std::string> kinds;
  for (const auto& n : outbox->items) {
    kinds.push_back(n.kind);
    EXPECT_EQ(n.recipients, std::vector<std::string>{"ann@acme.example"});
  }
  EXPECT_THAT(kinds, ::testing::UnorderedElementsAre("usage.80", "usage.100"));
}

INSTANTIATE_TEST_SUITE_P(Backends, UsageStorage, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
