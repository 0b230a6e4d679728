// The domain of Service Credit claims (issue 13 item 3): the claimed period, when a breach may be
// claimed (SLA-011, X-24, X-45), the credit in cents (U-22) and the staff's decision (SLA-010).
#include <gtest/gtest.h>

#include "domain/availability/claim_notice.h"
#include "domain/availability/credit_claim.h"
#include "domain/catalog/monthly_fee.h"

namespace bizline {
namespace {

CivilDay Day(int y, unsigned m, unsigned d) { return CivilDay(date::year(y) / date::month(m) / date::day(d)); }
ClaimedBreach Restoration(const char* period) { return *ParseClaimedBreach(ClaimKind::kRestoration, period, "period"); }

TEST(CreditClaimDomain, APeriodIsAMonthForRestorationAndAYearForAvailability_SLA044_SLA049) {
  EXPECT_EQ(Restoration("2026-03").found, date::year(2026) / date::March);
  EXPECT_EQ(Restoration("2026-03").PeriodText(), "2026-03");
  auto year = ParseClaimedBreach(ClaimKind::kAvailability, "2026", "period");
  ASSERT_TRUE(year.ok());
  EXPECT_EQ(year->found, date::year(2026) / date::December);  // found at the year's end
  EXPECT_EQ(year->PeriodText(), "2026");
  for (const char* bad : {"2026-13", "2026-3", "26-03", "2026-03-01", "", "2026"}) {
    auto parsed = ParseClaimedBreach(ClaimKind::kRestoration, bad, "period");
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.error().field, "period");
  }
  EXPECT_FALSE(ParseClaimedBreach(ClaimKind::kAvailability, "2026-03", "period").ok());
}

TEST(CreditClaimDomain, TheDeadlineDayIsInclusiveAndTheNextDayIsLate_SLA011) {
  const ClaimedBreach march = Restoration("2026-03");
  EXPECT_TRUE(CheckClaimable(march, Day(2026, 3, 5)).ok());  // found when resolved
  EXPECT_TRUE(CheckClaimable(march, Day(2026, 6, 30)).ok());
  auto late = CheckClaimable(march, Day(2026, 7, 1));
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().rule, "SLA-011");
  auto early = CheckClaimable(march, Day(2026, 2, 28));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().rule, "X-45");
  // the year's availability from 1 January after it until 31 March.
  const ClaimedBreach year = *ParseClaimedBreach(ClaimKind::kAvailability, "2026", "period");
  EXPECT_EQ(CheckClaimable(year, Day(2026, 12, 31)).error().rule, "X-24");
  EXPECT_TRUE(CheckClaimable(year, Day(2027, 1, 1)).ok());
  EXPECT_TRUE(CheckClaimable(year, Day(2027, 3, 31)).ok());
  EXPECT_EQ(CheckClaimable(year, Day(2027, 4, 1)).error().rule, "SLA-011");
}

TEST(CreditClaimDomain, TheCreditIsTheRateOfTheMonthlyFeeRoundedHalfAwayFromZero_U22) {
  EXPECT_EQ(CreditAmount(Cents(9900), kOneMonthOfFee), Cents(9900));  // SLA-044
  EXPECT_EQ(CreditAmount(Cents(9900), CreditRate(150)), Cents(149));  // 148.5 -> 149
  EXPECT_EQ(CreditAmount(Cents(9900), CreditRate(500)), Cents(495));  // SLA-050
  EXPECT_EQ(CreditAmount(Cents(3300), CreditRate(150)), Cents(50));   // 49.5 -> 50
  EXPECT_EQ(CreditAmount(Cents(3299), CreditRate(150)), Cents(49));   // 49.485 -> 49
  EXPECT_EQ(CreditAmount(Cents(-3300), CreditRate(150)), Cents(-50));
  EXPECT_EQ(CreditAmount(Cents(9900), kNoCredit), Cents(0));
}

TEST(CreditClaimDomain, StaffApproveAPositiveEligibilityOrRefuseWithAReason_SLA010) {
  CreditClaim claim;
  claim.id = ClaimId(4);
  ClaimEligibility none;
  none.rule = "SLA-045";
  none.reason = "FullFiber: the escalation procedure only";
  auto refused_approval = Decide(claim, ClaimDecision::kApprove, none, "", "billing", Instant{});
  ASSERT_FALSE(refused_approval.ok());
  EXPECT_EQ(refused_approval.error().rule, "SLA-045");
  EXPECT_EQ(claim.state, ClaimState::kPending) << "a refused decision changes nothing";
  EXPECT_EQ(Decide(claim, ClaimDecision::kRefuse, none, "", "billing", Instant{}).error().field, "reason");
  EXPECT_EQ(Decide(claim, ClaimDecision::kRefuse, none, std::string(1001, 'x'), "billing", Instant{}).error().field,
            "reason");

  ClaimEligibility month;
  month.rate = kOneMonthOfFee;
  month.rule = "SLA-044";
  month.amount = Cents(9900);
  ASSERT_TRUE(Decide(claim, ClaimDecision::kApprove, month, "", "billing", Instant{}).ok());
  EXPECT_EQ(claim.state, ClaimState::kApproved);
  EXPECT_EQ(claim.eligibility.amount, Cents(9900));
  EXPECT_EQ(claim.decided_by, "billing");
  EXPECT_TRUE(HoldsBreach(claim.state));  // SLA-044: the month stays credited once
  EXPECT_FALSE(Decide(claim, ClaimDecision::kRefuse, month, "late", "billing", Instant{}).ok());
  EXPECT_FALSE(HoldsBreach(ClaimState::kRefused));

  const ClaimNoticeText notice = ClaimNotice(claim, "Internet Pro+ (line 3)");
  EXPECT_EQ(notice.kind, "creditClaim.approved");
  EXPECT_NE(notice.body.find("EUR 99.00"), std::string::npos) << notice.body;
}

TEST(CreditClaimDomain, TheMonthlyFeeAddsTheFormulaAndItsOptionsRecurringPrices_U22) {
  std::vector<PriceItem> prices{
      {"pro-monthly", "Pro", {"internet-pro"}, {}, PriceType::kRecurring, Cents(6900), "BIL-002", false},
      {"pro-activation", "Activation", {"internet-pro"}, {}, PriceType::kOneTime, Cents(9900), "BIL-001", false},
      {"ip-monthly", "Fixed IP", {"fixed-ipv4"}, {}, PriceType::kRecurring, Cents(500), "BIL-002", false},
      {"pack", "Pack", {"volume-pack"}, {"internet-essential"}, PriceType::kUsage, Cents(1000), "USE-004", false},
      {"sla-only-maxi", "SLA", {"sla-medium"}, {"internet-maxi"}, PriceType::kRecurring, Cents(700), "BIL-002", false},
  };
  const Catalog catalog({}, {}, {}, {}, prices);
  EXPECT_EQ(MonthlyFee(catalog, "internet-pro", {}), Cents(6900));                             // no one-off fee
  EXPECT_EQ(MonthlyFee(catalog, "internet-pro", {"fixed-ipv4", "volume-pack"}), Cents(7400));  // no usage charge
  EXPECT_EQ(MonthlyFee(catalog, "internet-pro", {"sla-medium"}), Cents(6900));  // priced for other formulas only
}

}  // namespace
}  // namespace bizline
