// Availability as a number and the credits it and late P1 restorations give: exact thresholds
// (SLA-046, SLA-048, SLA-050), the truncated percentage, which formulas have a level (SLA-049),
// the one-month restoration credit capped per Brussels month (SLA-044, SLA-045, X-45, U-21) and
// the measurement period.
#include "domain/availability/availability_credit.h"

#include <gtest/gtest.h>

#include "availability_test_support.h"
#include "domain/availability/measurement_period.h"
#include "domain/availability/restoration_credit.h"

namespace bizline {
namespace {

using std::chrono::hours;
using testing::At;
using testing::P1;
using testing::Span;

constexpr std::int64_t kDay = 86400;
const Seconds kYear2026 = Seconds(365 * kDay);
const Seconds kYear2028 = Seconds(366 * kDay);  // a leap year

Availability Of(std::int64_t net, Seconds total) { return {Seconds(net), total}; }

TEST(AvailabilityFigure, TheTotalIsTheBrusselsYear24x7AndALeapYearHas366Days_SLA_048) {
  const TimeInterval y2026 = BrusselsYear(date::year(2026));
  const TimeInterval y2028 = BrusselsYear(date::year(2028));
  EXPECT_EQ(y2026.from, At("2026-01-01T00:00:00+01:00"));
  EXPECT_EQ(y2026.to - y2026.from, kYear2026);  // SLA-048: the two DST changes cancel out
  EXPECT_EQ(y2028.to - y2028.from, kYear2028);
}

TEST(AvailabilityFigure, PercentHasFourDecimalsTruncated_SLA_046) {
  EXPECT_EQ(FormatAvailabilityPercent(Of(0, kYear2026)), "100.0000");
  EXPECT_EQ(FormatAvailabilityPercent(Of(1, kYear2026)), "99.9999");  // 99.99999683: truncated, not rounded
  EXPECT_EQ(FormatAvailabilityPercent(Of(94'608, kYear2026)), "99.7000");
  EXPECT_EQ(FormatAvailabilityPercent(Of(94'609, kYear2026)), "99.6999");
  EXPECT_EQ(FormatAvailabilityPercent(Of(365 * kDay, kYear2026)), "0.0000");
  EXPECT_EQ(FormatAvailabilityPercent(Of(3600, Seconds(7200))), "50.0000");
  EXPECT_EQ(FormatAvailabilityPercent(Of(1, Seconds(3))), "66.6666");
  EXPECT_EQ(Of(94'608, kYear2026).PercentTenThousandths(), 997'000);
}

TEST(AvailabilityFigure, ThresholdsFlipAtExactlyOneSecond_SLA_050) {
  // 2026: 3/1000 of 31,536,000 s is 94,608 s; 5/1000 is 157,680 s.
  EXPECT_FALSE(IsBelow(Of(94'608, kYear2026), kAvailabilityTarget));
  EXPECT_TRUE(IsBelow(Of(94'609, kYear2026), kAvailabilityTarget));
  EXPECT_FALSE(IsBelow(Of(157'680, kYear2026), kAvailabilityLowTier));
  EXPECT_TRUE(IsBelow(Of(157'681, kYear2026), kAvailabilityLowTier));
  // 2028 (leap): 3/1000 of 31,622,400 s is 94,867.2 s, so 94,867 s meets it and 94,868 s does not.
  EXPECT_FALSE(IsBelow(Of(94'867, kYear2028), kAvailabilityTarget));
  EXPECT_TRUE(IsBelow(Of(94'868, kYear2028), kAvailabilityTarget));
  EXPECT_FALSE(IsBelow(Of(158'112, kYear2028), kAvailabilityLowTier));
  EXPECT_TRUE(IsBelow(Of(158'113, kYear2028), kAvailabilityLowTier));
}

TEST(AvailabilityCredit, OnePointFiveBelowTargetFiveBelowLowTierNotCumulative_SLA_050_X_24) {
  const auto met = DecideAvailabilityCredit(AvailabilityTarget::kPerYear, Of(94'608, kYear2026));
  EXPECT_EQ(met.outcome, AvailabilityOutcome::kMet);
  EXPECT_EQ(met.rate, kNoCredit);
  const auto low = DecideAvailabilityCredit(AvailabilityTarget::kPerYear, Of(94'609, kYear2026));
  EXPECT_EQ(low.outcome, AvailabilityOutcome::kBelowTarget);
  EXPECT_EQ(low.rate.basis_points(), 150);  // SLA-050: 1.5 %
  EXPECT_EQ(low.rule, "SLA-050");
  EXPECT_NE(low.reason.find("99.6999 %"), std::string::npos) << low.reason;
  const auto still = DecideAvailabilityCredit(AvailabilityTarget::kPerYear, Of(157'680, kYear2026));
  EXPECT_EQ(still.rate.basis_points(), 150);
  const auto lower = DecideAvailabilityCredit(AvailabilityTarget::kPerYear, Of(157'681, kYear2026));
  EXPECT_EQ(lower.outcome, AvailabilityOutcome::kBelowLowerTier);
  EXPECT_EQ(lower.rate.basis_points(), 500);  // SLA-050: 5 %, not 6.5 % (X-24 d)
}

TEST(AvailabilityCredit, NoCreditWithoutAnAvailabilityLevel_SLA_049_X_23) {
  const auto none = DecideAvailabilityCredit(AvailabilityTarget::kNone, Of(365 * kDay, kYear2026));
  EXPECT_EQ(none.outcome, AvailabilityOutcome::kNoTarget);
  EXPECT_EQ(none.rate, kNoCredit);
  EXPECT_EQ(none.rule, "SLA-049");
}

TEST(AvailabilityCredit, TheCatalogsAvailabilityTargetCellSaysWhichFormulasHaveALevel_SLA_049) {
  Formula pro_plus;
  pro_plus.components.emplace(kAvailabilityTargetComponent, ComponentAvailability::kDefault);
  EXPECT_EQ(AvailabilityTargetOf(pro_plus), AvailabilityTarget::kPerYear);
  Formula fullfiber;
  fullfiber.components.emplace(kAvailabilityTargetComponent, ComponentAvailability::kNotOffered);
  EXPECT_EQ(AvailabilityTargetOf(fullfiber), AvailabilityTarget::kNone);
  EXPECT_EQ(AvailabilityTargetOf(Formula{}), AvailabilityTarget::kNone);
}

// Internet Pro, P1 5 h in the Premium window (SLA-029): created Monday 23 November 2026 19:00,
// due Tuesday 10:00 (U-05).
TEST(RestorationCredit, AP1ResolvedAfterItsDueInstantIsABreach_SLA_044) {
  const SlaTerms terms = testing::PremiumTerms();
  auto on_time = RestorationCredits(terms, MissedP1Remedy::kServiceCredit,
                                    std::vector{P1("2026-11-23T19:00:00+01:00", "2026-11-24T10:00:00+01:00")});
  ASSERT_TRUE(on_time.ok());
  EXPECT_TRUE(on_time->empty());
  auto late = RestorationCredits(terms, MissedP1Remedy::kServiceCredit,
                                 std::vector{P1("2026-11-23T19:00:00+01:00", "2026-11-24T10:00:01+01:00")});
  ASSERT_TRUE(late.ok());
  ASSERT_EQ(late->size(), 1u);
  EXPECT_EQ((*late)[0].month, date::year(2026) / date::November);
  EXPECT_EQ((*late)[0].rate, kOneMonthOfFee);  // SLA-044
  EXPECT_EQ((*late)[0].rule, "SLA-044");
  ASSERT_EQ((*late)[0].breaches.size(), 1u);
  EXPECT_EQ((*late)[0].breaches[0].due, At("2026-11-24T10:00:00+01:00"));
}

TEST(RestorationCredit, AtMostOneMonthOfFeePerBrusselsMonth_SLA_044_U_21_X_45) {
  const SlaTerms terms = testing::PremiumTerms();
  const std::vector incidents{
      P1("2026-11-23T19:00:00+01:00", "2026-11-25T09:00:00+01:00"),  // late, November
      P1("2026-11-26T09:00:00+01:00", "2026-11-27T09:00:00+01:00"),  // late, November: same credit
      // Due Monday 30 November 13:00, resolved 1 December 00:30 in Brussels (still 30 November
      // in UTC): found in December (X-45, U-21).
      P1("2026-11-30T08:00:00+01:00", "2026-12-01T00:30:00+01:00"),
  };
  auto months = RestorationCredits(terms, MissedP1Remedy::kServiceCredit, incidents);
  ASSERT_TRUE(months.ok());
  ASSERT_EQ(months->size(), 2u);
  EXPECT_EQ((*months)[0].month, date::year(2026) / date::November);
  EXPECT_EQ((*months)[0].breaches.size(), 2u);
  EXPECT_EQ((*months)[0].rate, kOneMonthOfFee);  // SLA-044: capped at one month's fee
  EXPECT_EQ((*months)[1].month, date::year(2026) / date::December);
  EXPECT_EQ((*months)[1].breaches[0].incident, 2u);
}

TEST(RestorationCredit, FullFiberAndFfeGetTheEscalationProcedureOnly_SLA_045_X_23) {
  auto months = RestorationCredits(testing::PremiumTerms(), MissedP1Remedy::kEscalationOnly,
                                   std::vector{P1("2026-11-23T19:00:00+01:00", "2026-11-25T09:00:00+01:00")});
  ASSERT_TRUE(months.ok());
  ASSERT_EQ(months->size(), 1u);
  EXPECT_EQ((*months)[0].rate, kNoCredit);  // SLA-045
  EXPECT_EQ((*months)[0].rule, "SLA-045");
}

TEST(RestorationCredit, StopClockBestEffortOpenAndOtherIncidentsGiveNoBreach_SLA_006_SLA_007_SLA_044) {
  const SlaTerms premium = testing::PremiumTerms();
  // Created Monday 08:00, Stop-Clock 09:00-11:00: due 15:00, so 14:00 is in time (SLA-006).
  const auto stopped = P1("2026-11-23T08:00:00+01:00", "2026-11-23T14:00:00+01:00",
                          {Span("2026-11-23T09:00:00+01:00", "2026-11-23T11:00:00+01:00")});
  EXPECT_TRUE(RestorationCredits(premium, MissedP1Remedy::kServiceCredit, std::vector{stopped})->empty());
  // Still open: no breach is found before resolution.
  EXPECT_TRUE(RestorationCredits(premium, MissedP1Remedy::kServiceCredit,
                                 std::vector{P1("2026-11-23T08:00:00+01:00", std::nullopt)})
                  ->empty());
  // A late P2 is no P1 breach (SLA-044); a late P1 caused by the Client does not count (SLA-007).
  auto p2 = P1("2026-11-23T08:00:00+01:00", "2026-12-23T08:00:00+01:00");
  p2.priority = Priority::kP2;
  auto client = P1("2026-11-23T08:00:00+01:00", "2026-12-23T08:00:00+01:00");
  client.responsibility = Responsibility::kClient;
  EXPECT_TRUE(RestorationCredits(premium, MissedP1Remedy::kServiceCredit, std::vector{p2, client})->empty());
  // Internet Essential: P1 is best effort, so nothing can be late (SLA-027, SLA-044 Proposed).
  const SlaTerms essential =
      testing::Terms(testing::kBasicWindow, "best-effort", "best-effort", "best-effort", "best-effort");
  EXPECT_TRUE(RestorationCredits(essential, MissedP1Remedy::kServiceCredit,
                                 std::vector{P1("2026-11-23T08:00:00+01:00", "2026-12-23T08:00:00+01:00")})
                  ->empty());
}

TEST(RestorationCredit, ErrorsNameTheIncident) {
  auto bad =
      RestorationCredits(testing::PremiumTerms(), MissedP1Remedy::kServiceCredit,
                         std::vector{P1("2050-11-23T08:00:00+01:00", "2050-11-24T08:00:00+01:00")});  // after 2040
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "incidents[0].created");
}

TEST(MeasurementPeriod, TheYearFromTheLaterOfActivationAndCredentialsUntilTermination_X_24_X_45_SLA_008) {
  SlaApplicability sla;
  sla.activated = At("2026-03-10T09:00:00+01:00");
  sla.credentials_delivered = At("2026-03-12T15:00:00+01:00");
  sla.terminated = At("2027-05-01T00:00:00+02:00");
  EXPECT_EQ(MeasurementPeriod(date::year(2026), sla), Span("2026-03-12T15:00:00+01:00", "2027-01-01T00:00:00+01:00"));
  EXPECT_EQ(MeasurementPeriod(date::year(2027), sla), Span("2027-01-01T00:00:00+01:00", "2027-05-01T00:00:00+02:00"));
  EXPECT_EQ(MeasurementPeriod(date::year(2025), sla), std::nullopt);
  EXPECT_EQ(MeasurementPeriod(date::year(2028), sla), std::nullopt);
  sla.credentials_delivered = At("2026-03-01T09:00:00+01:00");  // before activation: activation starts it
  EXPECT_EQ(MeasurementPeriod(date::year(2026), sla)->from, sla.activated);
}

TEST(MeasurementPeriod, MeasureAvailabilityOverALeapYear_SLA_046_SLA_048) {
  DowntimeSweep sweep;
  const auto& premium = *testing::TestCalendar(testing::kPremiumWindow);
  // Tuesday 29 February 2028 exists, and counts: 08:00-22:00.
  auto leap = MeasureAvailability(sweep, premium, BrusselsYear(date::year(2028)),
                                  std::vector{P1("2028-02-29T00:00:00+01:00", "2028-03-01T00:00:00+01:00")});
  ASSERT_TRUE(leap.ok());
  EXPECT_EQ(leap->total, kYear2028);
  EXPECT_EQ(leap->net_downtime, hours(14));
  EXPECT_EQ(FormatAvailabilityPercent(*leap), "99.8406");  // 100 × (1 − 50400 / 31622400) = 99.84061...
}

}  // namespace
}  // namespace bizline
