// `bizline usage import` meters in memory and writes once (issue 11 item 4): the same volumes as
// the listener's meter record by record, on SQLite and PostgreSQL; a session an earlier import
// left open goes on from its stored counters; nothing is stored before Commit; the notices and
// the throttle of lines crossing 80 % / 100 % come with the import (U-12, U-13).
#include <gmock/gmock.h>

#include <random>

#include "app/inventory/ports.h"
#include "app/party/ports.h"
#include "app/usage/bulk_meter.h"
#include "app/usage/ports.h"
#include "app/usage/usage_meter.h"
#include "domain/calendar/brussels_time.h"
#include "usage_fixture.h"

namespace bizline::testing {
namespace {

class BulkUsageMeterTest : public UsageFixture {
 protected:
  // Rows borrow their text: the strings live in `texts_` for the test's duration.
  AccountingRow Row(AcctStatus status, const std::string& session, const std::string& user, std::uint64_t in,
                    std::uint64_t out, std::int64_t at) {
    texts_.push_back(std::make_unique<std::string>(session));
    const std::string& s = *texts_.back();
    texts_.push_back(std::make_unique<std::string>(user));
    return {status, s, *texts_.back(), {in, out}, InstantFromEpoch(at)};
  }

  MeterReport Import(const std::vector<AccountingRow>& rows, std::size_t split = 7) {
    auto meter = BulkUsageMeter::Begin(*storage_, catalog_, clock_, SmsNotices::kOff, "import");
    EXPECT_TRUE(meter.ok()) << meter.error().message;
    // In uneven pieces, as chunks of a file come.
    for (std::size_t i = 0; i < rows.size(); i += split) {
      const std::span<const AccountingRow> piece(rows.data() + i, std::min(split, rows.size() - i));
      EXPECT_TRUE((*meter)->Add(piece).ok());
    }
    auto report = (*meter)->Commit();
    EXPECT_TRUE(report.ok()) << report.error().message;
    return report.ok() ? *report : MeterReport{};
  }

  std::vector<DailyVolume> Days(const std::string& user, Month month) {
    auto tx = Begin(TxMode::kRead);
    return *Usage(*tx).DailyVolumes(user, month);
  }

  std::vector<std::unique_ptr<std::string>> texts_;
};

// A month of sessions with what real NAS send: Start/Interim/Stop, retransmits, late Interims,
// counters past 2^32, NAS resets, lost Stops, a session over midnight of the 1st (2026-03-31 →
// April in Brussels at 22:00Z) and over the spring change (2026-03-29T01:00Z).
std::vector<AccountingRecord> Traffic(std::uint32_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<AccountingRecord> out;
  const std::int64_t start = 1'774'648'800;  // 2026-03-27T22:00Z
  for (int s = 0; s < 60; ++s) {
    const std::string user = "u" + std::to_string(s % 7);
    const std::string session = "S" + std::to_string(s);
    std::int64_t t = start + static_cast<std::int64_t>(rng() % (5 * 86'400));
    std::uint64_t in = 0, out_octets = 0;
    out.push_back({AcctStatus::kStart, "import", session, user, 0, 0, InstantFromEpoch(t), ""});
    const int interims = static_cast<int>(rng() % 12);
    for (int i = 0; i < interims; ++i) {
      t += 600 + static_cast<std::int64_t>(rng() % 7'200);
      in += rng() % (3ULL << 32);
      out_octets += rng() % 100'000'000;
      if (rng() % 10 == 0) in = rng() % 1000;  // a NAS reset: counts from zero again
      out.push_back({AcctStatus::kInterimUpdate, "import", session, user, in, out_octets, InstantFromEpoch(t), ""});
      if (rng() % 6 == 0) out.push_back(out.back());  // a retransmit
    }
    if (rng() % 5 != 0) {  // else the Stop is lost
      t += 1 + static_cast<std::int64_t>(rng() % 600);
      out.push_back({AcctStatus::kStop, "import", session, user, in + 5, out_octets, InstantFromEpoch(t), ""});
    }
  }
  // Arrival order is time order, give or take: sort by time, stable.
  std::stable_sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.event_time < b.event_time; });
  return out;
}

TEST_P(BulkUsageMeterTest, MetersExactlyAsTheListenerDoesRecordByRecord_USE002) {
  for (std::uint32_t seed : {1U, 2U, 3U}) {
    const std::string prefix = "s" + std::to_string(seed) + "-";
    std::vector<AccountingRecord> listener = Traffic(seed);
    std::vector<AccountingRow> bulk;
    for (AccountingRecord& r : listener) {
      r.user_name = prefix + "L-" + r.user_name;
      r.session_id = prefix + r.session_id;
      r.nas = "bras-" + std::to_string(seed);
      bulk.push_back(Row(r.status, r.session_id, prefix + "B-" + r.user_name.substr(prefix.size() + 2), r.input_octets,
                         r.output_octets, EpochSeconds(r.event_time)));
    }
    UsageMeter meter(*storage_, catalog_, clock_);
    MeterReport one_by_one;
    for (const AccountingRecord& r : listener) {
      auto report = meter.Record(std::vector{r});
      ASSERT_TRUE(report.ok()) << report.error().message;
      one_by_one.counted += report->counted;
      one_by_one.duplicates += report->duplicates;
      one_by_one.stale += report->stale;
    }
    const MeterReport bulk_report = Import(bulk);
    EXPECT_EQ(bulk_report.counted, one_by_one.counted);
    EXPECT_EQ(bulk_report.duplicates, one_by_one.duplicates);  // retransmits counted once
    EXPECT_EQ(bulk_report.stale, one_by_one.stale);
    for (int u = 0; u < 7; ++u) {
      for (Month month : {Month{2026, 3}, Month{2026, 4}}) {
        const std::string user = "u" + std::to_string(u);
        const auto by_listener = Days(prefix + "L-" + user, month);
        const auto by_import = Days(prefix + "B-" + user, month);
        ASSERT_EQ(by_import.size(), by_listener.size()) << user << " " << FormatMonth(month);
        for (std::size_t d = 0; d < by_import.size(); ++d) {
          EXPECT_EQ(by_import[d].day, by_listener[d].day);
          EXPECT_EQ(by_import[d].bytes, by_listener[d].bytes) << user << " " << FormatCivilDay(by_import[d].day);
        }
      }
    }
  }
}

TEST_P(BulkUsageMeterTest, ASessionGoesOnFromWhatAnEarlierImportStored) {
  const std::int64_t t = 1'774'000'000;
  EXPECT_EQ(Import({Row(AcctStatus::kStart, "A", "carry", 0, 0, t),
                    Row(AcctStatus::kInterimUpdate, "A", "carry", 1000, 0, t + 60)})
                .counted,
            2);
  // The next file repeats the last record (a retransmit), then goes on.
  const MeterReport second = Import({Row(AcctStatus::kInterimUpdate, "A", "carry", 1000, 0, t + 60),
                                     Row(AcctStatus::kStop, "A", "carry", 1500, 0, t + 120),
                                     Row(AcctStatus::kInterimUpdate, "A", "carry", 9000, 0, t + 180)});
  EXPECT_EQ(second.duplicates, 1);
  EXPECT_EQ(second.counted, 1);
  EXPECT_EQ(second.stale, 1) << "after the Stop, nothing counts";
  const auto days = Days("carry", Month{2026, 3});
  ASSERT_EQ(days.size(), 1u);
  EXPECT_EQ(days[0].bytes, Bytes{1500});
}

TEST_P(BulkUsageMeterTest, AccountingOnClosesTheOpenSessionsOfTheImport) {
  const std::int64_t t = 1'774'000'000;
  Import({Row(AcctStatus::kStart, "old", "on-1", 0, 0, t)});  // open in storage
  const MeterReport report = Import(
      {Row(AcctStatus::kStart, "new", "on-1", 0, 0, t + 10), Row(AcctStatus::kAccountingOn, "", "", 0, 0, t + 20)});
  EXPECT_EQ(report.sessions_closed, 2) << "the stored one and the one of this file";
}

TEST_P(BulkUsageMeterTest, NothingIsStoredBeforeCommit) {
  {
    auto meter = BulkUsageMeter::Begin(*storage_, catalog_, clock_, SmsNotices::kOff, "import");
    ASSERT_TRUE(meter.ok());
    const std::vector rows{Row(AcctStatus::kStart, "X", "dropped", 0, 0, 1'774'000'000),
                           Row(AcctStatus::kStop, "X", "dropped", 0, 5 * kGb, 1'774'000'600)};
    ASSERT_TRUE((*meter)->Add(rows).ok());
  }  // dropped without Commit: a failed import leaves nothing behind
  EXPECT_TRUE(Days("dropped", Month{2026, 3}).empty());
}

TEST_P(BulkUsageMeterTest, LinesCrossingTheirCapAreToldAndThrottledWithTheImport_U12_U13) {
  const ProductId essential = NewLine("internet-essential", "cap-1");  // 100 GB (USE-003)
  NewLine("internet-essential", "cap-2");
  NewLine("business-internet-fiber", "fair-1");  // 3 TB fair use: far from it
  const std::int64_t t = 1'774'000'000;
  const MeterReport report = Import({Row(AcctStatus::kStart, "c1", "cap-1", 0, 0, t),
                                     Row(AcctStatus::kInterimUpdate, "c1", "cap-1", 101 * kGb, 0, t + 600),
                                     Row(AcctStatus::kStart, "c2", "cap-2", 0, 0, t),
                                     Row(AcctStatus::kInterimUpdate, "c2", "cap-2", 85 * kGb, 0, t + 600),
                                     Row(AcctStatus::kStart, "f1", "fair-1", 0, 0, t),
                                     Row(AcctStatus::kInterimUpdate, "f1", "fair-1", 900 * kGb, 0, t + 600),
                                     Row(AcctStatus::kStart, "g1", "ghost", 0, 0, t),
                                     Row(AcctStatus::kInterimUpdate, "g1", "ghost", 900 * kGb, 0, t + 600)});
  EXPECT_EQ(report.notices, 3) << "80 % and 100 % for cap-1, 80 % for cap-2, none for fair-1 or the unmatched user";
  EXPECT_EQ(report.throttled, 1);  // U-13
  auto tx = Begin(TxMode::kRead);
  auto throttle = Enforcement(*tx).OpenThrottle(essential, Month{2026, 3});
  ASSERT_TRUE(throttle.ok());
  EXPECT_TRUE(throttle->has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, BulkUsageMeterTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace bizline::testing
