// Usage metering's arithmetic (issue 11): counters with gigawords, a session's growth across
// wraps and resets, the Brussels month of a measurement, and the 80 % / 100 % levels of a cap.
#include <gtest/gtest.h>

#include "domain/calendar/iso8601.h"
#include "domain/usage/session_meter.h"
#include "domain/usage/usage_level.h"
#include "domain/usage/usage_notice.h"
#include "domain/usage/volume.h"

namespace bizline {
namespace {

Instant At(std::string_view iso) { return *ParseIso8601(iso, "test"); }

TEST(UsageVolume, GigawordsAreTheHighHalfOfTheCounter) {
  EXPECT_EQ(Counter64(5, 0), 5u);
  EXPECT_EQ(Counter64(0, 1), 4294967296u);
  EXPECT_EQ(Counter64(10, 3), 3u * 4294967296u + 10u);
}

TEST(UsageVolume, ASessionGrowsByTheIncreaseOfItsCounters) {
  EXPECT_EQ(SessionGrowth(std::nullopt, {100, 50}), Bytes{150});  // a Start counts from zero
  EXPECT_EQ(SessionGrowth(SessionCounters{100, 50}, {300, 60}), Bytes{210});
  EXPECT_EQ(SessionGrowth(SessionCounters{300, 60}, {300, 60}), Bytes{0});  // a retransmit adds nothing
}

TEST(UsageVolume, ACounterGoingBackwardsIsAWrapOrAResetNeverNegative) {
  const std::uint64_t top = (std::uint64_t{1} << 32) - 100;
  EXPECT_EQ(CounterGrowth(top, 50), 150u);               // a 32-bit wrap without gigawords
  EXPECT_EQ(CounterGrowth(1'000'000, 400), 400u);        // a NAS reset: counted from zero again
  EXPECT_EQ(CounterGrowth(Counter64(5, 2), 700), 700u);  // gigawords sent: a reset, not a wrap
}

TEST(UsageVolume, AMeasurementBelongsToItsBrusselsMonth) {
  EXPECT_EQ(MonthOf(At("2026-03-31T21:59:59Z")), (Month{2026, 3}));   // 23:59:59 CEST
  EXPECT_EQ(MonthOf(At("2026-03-31T22:00:00Z")), (Month{2026, 4}));   // 00:00 CEST on the 1st
  EXPECT_EQ(MonthOf(At("2026-10-31T22:59:59Z")), (Month{2026, 10}));  // 23:59:59 CET, after the change
  EXPECT_EQ(MonthOf(At("2026-10-31T23:00:00Z")), (Month{2026, 11}));
  EXPECT_EQ(MonthOf(At("2026-12-31T23:00:00Z")), (Month{2027, 1}));
  EXPECT_EQ(MonthStart({2026, 4}), At("2026-04-01T00:00:00+02:00"));
  EXPECT_EQ(MonthStart({2026, 11}), At("2026-11-01T00:00:00+01:00"));
  EXPECT_EQ(NextMonth({2026, 12}), (Month{2027, 1}));
  EXPECT_EQ(FormatMonth({2026, 3}), "2026-03");
  EXPECT_EQ(ParseMonth("2026-03"), (Month{2026, 3}));
  EXPECT_FALSE(ParseMonth("2026-13"));
  EXPECT_FALSE(ParseMonth("2026-3"));
  EXPECT_FALSE(ParseMonth("26-03-1"));
}

TEST(UsageVolume, LevelsAreReachedExactlyAt80And100PercentU12) {
  const VolumeCap essential{CapKind::kIncluded, Bytes{100 * kGigabyte}};  // USE-003
  EXPECT_EQ(UsageLevel(Bytes{80 * kGigabyte - 1}, essential), 0);
  EXPECT_EQ(UsageLevel(Bytes{80 * kGigabyte}, essential), 80);  // U-12
  EXPECT_EQ(UsageLevel(Bytes{100 * kGigabyte - 1}, essential), 80);
  EXPECT_EQ(UsageLevel(Bytes{100 * kGigabyte}, essential), 100);  // USE-004: throttled from here
  const VolumeCap fair{CapKind::kFairUse, Bytes{3 * kTerabyte}};  // USE-005
  EXPECT_EQ(UsageLevel(Bytes{2'400 * kGigabyte}, fair), 80);
  EXPECT_EQ(UsageLevel(Bytes{~std::uint64_t{0}}, fair), 100);
  EXPECT_EQ(UsageLevel(Bytes{~std::uint64_t{0}}, VolumeCap{}), 0);  // USE-007: unlimited
}

TEST(UsageVolume, AVolumePackRaisesTheMonthsCapU14) {
  const VolumeCap essential{CapKind::kIncluded, Bytes{100 * kGigabyte}};
  const VolumeCap raised = WithPacks(essential, Bytes{50 * kGigabyte});
  EXPECT_EQ(raised.bytes, Bytes{150 * kGigabyte});
  EXPECT_EQ(UsageLevel(Bytes{110 * kGigabyte}, raised), 0);
  EXPECT_EQ(WithPacks(VolumeCap{}, Bytes{kGigabyte}).kind, CapKind::kUnlimited);
}

}  // namespace
}  // namespace bizline

namespace bizline {
namespace {

AccountingRecord Record(AcctStatus status, std::uint64_t in, std::uint64_t out, std::int64_t at) {
  return {status, "bras-1", "S-1", "acme-1", in, out, InstantFromEpoch(at)};
}

TEST(UsageSessionMeter, StartInterimStopAddTheirGrowthOnce) {
  auto start = MeterRecord(std::nullopt, Record(AcctStatus::kStart, 0, 0, 100));
  EXPECT_EQ(start.outcome, RecordOutcome::kCounted);
  EXPECT_EQ(start.growth, Bytes{0});
  EXPECT_TRUE(start.session.state.open);
  auto interim = MeterRecord(start.session, Record(AcctStatus::kInterimUpdate, 1000, 500, 400));
  EXPECT_EQ(interim.growth, Bytes{1500});
  auto again = MeterRecord(interim.session, Record(AcctStatus::kInterimUpdate, 1000, 500, 400));
  EXPECT_EQ(again.outcome, RecordOutcome::kDuplicate);  // a retransmit is counted once
  EXPECT_EQ(again.growth, Bytes{0});
  auto stop = MeterRecord(interim.session, Record(AcctStatus::kStop, 1200, 600, 500));
  EXPECT_EQ(stop.growth, Bytes{300});
  EXPECT_FALSE(stop.session.state.open);
  auto late = MeterRecord(stop.session, Record(AcctStatus::kInterimUpdate, 1000, 500, 400));
  EXPECT_EQ(late.outcome, RecordOutcome::kStale);  // arrived after the Stop: changes nothing
  EXPECT_EQ(late.session.state.counters.input, 1200u);
}

TEST(UsageSessionMeter, AStopIsFinalWhateverTheClocksSay) {
  auto start = MeterRecord(std::nullopt, Record(AcctStatus::kStart, 0, 0, 100));
  auto interim = MeterRecord(start.session, Record(AcctStatus::kInterimUpdate, 1000, 500, 1000));
  // The Stop carries a clock reading 2 s before the last Interim-Update but its final counters.
  auto stop = MeterRecord(interim.session, Record(AcctStatus::kStop, 1200, 600, 998));
  EXPECT_EQ(stop.outcome, RecordOutcome::kCounted);
  EXPECT_EQ(stop.growth, Bytes{300});
  EXPECT_FALSE(stop.session.state.open);
  EXPECT_EQ(stop.session.state.last_event, InstantFromEpoch(1000));
  // The other order: the Stop arrives first, then the Interim-Update stamped after it with lower
  // counters. It is late; it is neither a counter reset nor a wrap, so it adds nothing.
  auto stop_first = MeterRecord(start.session, Record(AcctStatus::kStop, 1200, 600, 998));
  auto queued = MeterRecord(stop_first.session, Record(AcctStatus::kInterimUpdate, 1000, 500, 1000));
  EXPECT_EQ(queued.outcome, RecordOutcome::kStale);
  EXPECT_EQ(queued.growth, Bytes{0});
  // An earlier Interim-Update with lower counters is late as before.
  EXPECT_EQ(MeterRecord(interim.session, Record(AcctStatus::kInterimUpdate, 900, 400, 900)).outcome,
            RecordOutcome::kStale);
}

TEST(UsageSessionMeter, ALostStartCountsTheFirstInterimFromZero) {
  auto first = MeterRecord(std::nullopt, Record(AcctStatus::kInterimUpdate, 700, 300, 100));
  EXPECT_EQ(first.growth, Bytes{1000});
  EXPECT_EQ(first.session.user_name, "acme-1");
}

}  // namespace
}  // namespace bizline

namespace bizline {
namespace {

TEST(UsageNotices, SayWhatWasUsedAndWhatHappensAt100PercentU12USE010) {
  const VolumeCap essential{CapKind::kIncluded, Bytes{100 * kGigabyte}};
  auto at80 = UsageNotice(80, "Internet Essential", {2026, 3}, Bytes{80'400'000'000ULL}, essential);
  EXPECT_EQ(at80.kind, "usage.80");
  EXPECT_NE(at80.subject.find("80 %"), std::string::npos);
  EXPECT_NE(at80.body.find("80.4 GB of 100.0 GB in 2026-03"), std::string::npos) << at80.body;
  auto at100 = UsageNotice(100, "Internet Essential", {2026, 3}, Bytes{100 * kGigabyte}, essential);
  EXPECT_EQ(at100.kind, "usage.100");
  EXPECT_NE(at100.body.find("reduced until 00:00 on the 1st of next month"), std::string::npos);  // USE-010
  EXPECT_NE(at100.body.find("paid Volume Pack"), std::string::npos);                              // USE-004
  const VolumeCap fair{CapKind::kFairUse, Bytes{3000 * kGigabyte}};
  EXPECT_NE(UsageNotice(100, "Maxi", {2026, 3}, Bytes{3000 * kGigabyte}, fair).body.find("free Volume Pack"),
            std::string::npos);  // USE-005
}

}  // namespace
}  // namespace bizline
