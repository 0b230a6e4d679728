// Net Service interruption (SLA-047) on worked examples: the Service Window of the formula × tier
// (U-05) with its Saturdays, Belgian public holidays and DST days, overlapping Incidents counted
// once, Stop-Clock clipped to its Incident, only P1 Incidents the operator is responsible for.
#include <gtest/gtest.h>

#include "availability_test_support.h"
#include "domain/availability/net_downtime.h"

namespace bizline {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using testing::At;
using testing::P1;
using testing::Span;
using testing::TestCalendar;

const BusinessCalendar& Premium() { return *TestCalendar(testing::kPremiumWindow); }
const BusinessCalendar& Medium() { return *TestCalendar(testing::kMediumWindow); }
const BusinessCalendar& Basic() { return *TestCalendar(testing::kBasicWindow); }
const BusinessCalendar& AllHours() { return *TestCalendar("Mon-Sun 00:00-24:00"); }

const TimeInterval kYear2026 = Span("2026-01-01T00:00:00+01:00", "2027-01-01T00:00:00+01:00");

TEST(AvailabilityDowntime, OnlyServiceWindowTimeCounts_SLA_047_U_05) {
  // Monday 15 June 2026 18:00 to Tuesday 10:00: Premium counts 18:00-22:00 and 08:00-10:00.
  const std::vector incidents{P1("2026-06-15T18:00:00+02:00", "2026-06-16T10:00:00+02:00")};
  EXPECT_EQ(testing::Net(Premium(), kYear2026, incidents), hours(6));  // SLA-047
  EXPECT_EQ(testing::Net(Basic(), kYear2026, incidents), hours(4));    // 18:00-20:00 and 08:00-10:00
  EXPECT_EQ(testing::Net(AllHours(), kYear2026, incidents), hours(16));
}

TEST(AvailabilityDowntime, SaturdaysCountOnlyWhereTheWindowHasThem_SLA_047) {
  // Saturday 13 June 2026, all day.
  const std::vector incidents{P1("2026-06-13T00:00:00+02:00", "2026-06-14T00:00:00+02:00")};
  EXPECT_EQ(testing::Net(Medium(), kYear2026, incidents), hours(8) + minutes(30));  // Sat 08:00-16:30
  EXPECT_EQ(testing::Net(Premium(), kYear2026, incidents), hours(8) + minutes(30));
  EXPECT_EQ(testing::Net(Basic(), kYear2026, incidents), Seconds(0));  // Basic SLA: no Saturday
}

TEST(AvailabilityDowntime, BelgianPublicHolidaysAreOutsideTheWindow_U_09) {
  // Thursday 30 April 20:00 to Monday 4 May 2026 09:00; Friday 1 May is Labour Day.
  const std::vector incidents{P1("2026-04-30T20:00:00+02:00", "2026-05-04T09:00:00+02:00")};
  // Premium: Thu 20:00-22:00, Sat 08:00-16:30, Mon 08:00-09:00.
  EXPECT_EQ(testing::Net(Premium(), kYear2026, incidents), hours(11) + minutes(30));
  EXPECT_EQ(testing::Net(Basic(), kYear2026, incidents), hours(1));  // Monday only
  // Christmas Day 2026 is a Friday: closed all day.
  EXPECT_EQ(testing::Net(Premium(), kYear2026, {P1("2026-12-25T00:00:00+01:00", "2026-12-26T00:00:00+01:00")}),
            Seconds(0));
}

TEST(AvailabilityDowntime, DstWeekendsCountRealSeconds_SLA_046_SLA_048) {
  // Spring: Saturday 28 March 12:00 CET to Monday 30 March 2026 10:00 CEST (the night of the
  // 29th loses an hour).
  const std::vector spring{P1("2026-03-28T12:00:00+01:00", "2026-03-30T10:00:00+02:00")};
  EXPECT_EQ(testing::Net(Premium(), kYear2026, spring), hours(6) + minutes(30));  // 4.5 h Sat + 2 h Mon
  EXPECT_EQ(testing::Net(AllHours(), kYear2026, spring), hours(45));
  // Autumn: Saturday 24 October 12:00 CEST to Monday 26 October 2026 10:00 CET (an hour longer).
  const std::vector autumn{P1("2026-10-24T12:00:00+02:00", "2026-10-26T10:00:00+01:00")};
  EXPECT_EQ(testing::Net(Premium(), kYear2026, autumn), hours(6) + minutes(30));
  EXPECT_EQ(testing::Net(AllHours(), kYear2026, autumn), hours(47));
  // March 2026 counted 24x7 in Brussels has 743 hours, October 745 (SLA-048).
  const auto march = Span("2026-03-01T00:00:00+01:00", "2026-04-01T00:00:00+02:00");
  const auto october = Span("2026-10-01T00:00:00+02:00", "2026-11-01T00:00:00+01:00");
  EXPECT_EQ(march.to - march.from, hours(743));
  EXPECT_EQ(october.to - october.from, hours(745));
  EXPECT_EQ(testing::Net(AllHours(), march, {P1("2026-02-20T00:00:00+01:00", std::nullopt)}), hours(743));
}

TEST(AvailabilityDowntime, OverlappingIncidentsCountOnce_SLA_047) {
  const std::vector incidents{P1("2026-06-15T09:00:00+02:00", "2026-06-15T12:00:00+02:00"),
                              P1("2026-06-15T11:00:00+02:00", "2026-06-15T14:00:00+02:00"),
                              P1("2026-06-15T10:00:00+02:00", "2026-06-15T10:30:00+02:00")};
  EXPECT_EQ(testing::Net(Premium(), kYear2026, incidents), hours(5));
}

TEST(AvailabilityDowntime, StopClockIsClippedToItsIncident_SLA_006_SLA_047) {
  // The Stop-Clock starts an hour before the Incident and ends an hour after it resolves.
  const auto whole = Span("2026-06-15T09:00:00+02:00", "2026-06-15T13:00:00+02:00");
  EXPECT_EQ(testing::Net(Premium(), kYear2026, {P1("2026-06-15T10:00:00+02:00", "2026-06-15T12:00:00+02:00", {whole})}),
            Seconds(0));
  // Reaching in from before: only 11:00-12:00 is stopped.
  const auto before = Span("2026-06-15T08:00:00+02:00", "2026-06-15T11:00:00+02:00");
  EXPECT_EQ(
      testing::Net(Premium(), kYear2026, {P1("2026-06-15T10:00:00+02:00", "2026-06-15T12:00:00+02:00", {before})}),
      hours(1));
  // Overlapping Stop-Clock periods in any order stop each instant once.
  const auto a = Span("2026-06-15T10:30:00+02:00", "2026-06-15T11:00:00+02:00");
  const auto b = Span("2026-06-15T10:15:00+02:00", "2026-06-15T10:45:00+02:00");
  EXPECT_EQ(testing::Net(Premium(), kYear2026, {P1("2026-06-15T10:00:00+02:00", "2026-06-15T12:00:00+02:00", {a, b})}),
            hours(1) + minutes(15));
}

TEST(AvailabilityDowntime, OneIncidentsStopClockDoesNotStopAnother_SLA_047) {
  const auto stopped = Span("2026-06-15T09:00:00+02:00", "2026-06-15T12:00:00+02:00");
  const std::vector incidents{P1("2026-06-15T09:00:00+02:00", "2026-06-15T12:00:00+02:00", {stopped}),
                              P1("2026-06-15T10:00:00+02:00", "2026-06-15T11:00:00+02:00")};
  EXPECT_EQ(testing::Net(Premium(), kYear2026, incidents), hours(1));
}

TEST(AvailabilityDowntime, OnlyP1IncidentsCount_SLA_047) {
  std::vector incidents{P1("2026-06-15T09:00:00+02:00", "2026-06-15T12:00:00+02:00")};
  EXPECT_EQ(testing::Net(Premium(), kYear2026, incidents), hours(3));
  for (Priority p : {Priority::kP2, Priority::kP3, Priority::kP4}) {
    incidents[0].priority = p;
    EXPECT_EQ(testing::Net(Premium(), kYear2026, incidents), Seconds(0)) << ToString(p);  // SLA-047
  }
}

TEST(AvailabilityDowntime, IncidentsTheOperatorIsNotResponsibleForDoNotCount_SLA_006_SLA_007) {
  for (Responsibility r : {Responsibility::kClient, Responsibility::kForceMajeure, Responsibility::kThirdParty}) {
    std::vector incidents{P1("2026-06-15T09:00:00+02:00", "2026-06-15T12:00:00+02:00")};
    incidents[0].responsibility = r;
    EXPECT_EQ(testing::Net(Premium(), kYear2026, incidents), Seconds(0));  // SLA-007
  }
}

TEST(AvailabilityDowntime, IncidentsAreClippedToThePeriodAndOpenOnesRunToItsEnd_SLA_047) {
  const auto december = Span("2026-12-01T00:00:00+01:00", "2027-01-01T00:00:00+01:00");
  // Open since 30 December 2026 20:00: Wed 30 Dec 20:00-22:00 and Thu 31 Dec 08:00-22:00.
  EXPECT_EQ(testing::Net(Premium(), december, {P1("2026-12-30T20:00:00+01:00", std::nullopt)}), hours(16));
  // Created before the period: only its part inside counts (Tue 1 Dec 08:00-10:00).
  EXPECT_EQ(testing::Net(Premium(), december, {P1("2026-11-30T21:00:00+01:00", "2026-12-01T10:00:00+01:00")}),
            hours(2));
  // Entirely outside the period.
  EXPECT_EQ(testing::Net(Premium(), december, {P1("2026-11-02T09:00:00+01:00", "2026-11-02T10:00:00+01:00")}),
            Seconds(0));
}

TEST(AvailabilityDowntime, TheSweepReportsTheMergedIntervals) {
  DowntimeSweep sweep;
  const std::vector incidents{P1("2026-06-15T09:00:00+02:00", "2026-06-15T10:00:00+02:00"),
                              P1("2026-06-15T10:00:00+02:00", "2026-06-15T11:00:00+02:00"),
                              P1("2026-06-16T09:00:00+02:00", "2026-06-16T10:00:00+02:00")};
  ASSERT_TRUE(sweep.NetDowntime(Premium(), kYear2026, incidents).ok());
  ASSERT_EQ(sweep.merged().size(), 2u);
  EXPECT_EQ(sweep.merged()[0], Span("2026-06-15T09:00:00+02:00", "2026-06-15T11:00:00+02:00"));
  EXPECT_EQ(sweep.merged()[1], Span("2026-06-16T09:00:00+02:00", "2026-06-16T10:00:00+02:00"));
}

TEST(AvailabilityDowntime, BadInputIsAnErrorNamingTheField) {
  const auto resolved_first =
      NetDowntime(Premium(), kYear2026, std::vector{P1("2026-06-15T10:00Z", "2026-06-15T09:00Z")});
  ASSERT_FALSE(resolved_first.ok());
  EXPECT_EQ(resolved_first.error().field, "incidents[0].resolved");
  const auto bad_stop =
      NetDowntime(Premium(), kYear2026,
                  std::vector{P1("2026-06-15T09:00Z", "2026-06-15T10:00Z"),
                              P1("2026-06-15T09:00Z", std::nullopt, {Span("2026-06-15T09:30Z", "2026-06-15T09:00Z")})});
  ASSERT_FALSE(bad_stop.ok());
  EXPECT_EQ(bad_stop.error().field, "incidents[1].stopClock[0]");
  EXPECT_EQ(bad_stop.error().rule, "SLA-006");
  const auto empty = NetDowntime(Premium(), {kYear2026.from, kYear2026.from}, {});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "to");
  const auto beyond =
      NetDowntime(Premium(), Span("2041-01-01T00:00Z", "2042-01-01T00:00Z"), {});  // test years end 2040
  ASSERT_FALSE(beyond.ok());
  EXPECT_EQ(beyond.error().field, "from");
  const auto ends_beyond = NetDowntime(Premium(), Span("2040-06-01T00:00Z", "2041-06-01T00:00Z"), {});
  ASSERT_FALSE(ends_beyond.ok());
  EXPECT_EQ(ends_beyond.error().field, "to");
}

}  // namespace
}  // namespace bizline
