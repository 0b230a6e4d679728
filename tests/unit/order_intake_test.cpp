// Opening an order: the Order Form verdict plus the intake rules (ORD-022 compatible line,
// ORD-039 RFS date ahead), and what the acknowledged order holds (ORD-003, ORD-042, T-20 #16).
#include "domain/ordering/order_form_check.h"
#include "order_test_support.h"

namespace bizline::testing {
namespace {

const Instant kThursday = At("2026-11-26T10:00:00+01:00");

TEST(OrderIntake, AnEligibleOrderWithAStatedLineIsAccepted) {
  EXPECT_TRUE(CheckOrderIntake(OrderCatalog(), Intake("internet-pro-plus"), kThursday).empty());
}

TEST(OrderIntake, ORD_022_TheOrderMustSayWhetherACompatibleLineIsPresent) {
  OrderIntake intake = Intake("internet-pro-plus");
  intake.line.reset();
  auto violations = CheckOrderIntake(OrderCatalog(), intake, kThursday);
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_TRUE(HasRule(violations, "ORD-022", "characteristics.compatibleLine"));  // U-32
}

TEST(OrderIntake, EveryViolationIsReportedAtOnce) {
  OrderIntake intake = Intake("internet-essential");                                    // CAT-005 stop-sell
  intake.line.reset();                                                                  // ORD-022
  intake.request.wifi = WifiChoice::kUnstated;                                          // ORD-002
  intake.request.options.push_back({"ip-pack", {{"ipv4BlockSize", std::int64_t{7}}}});  // CAT-056, CAT-057
  auto violations = CheckOrderIntake(OrderCatalog(), intake, kThursday);
  EXPECT_TRUE(HasRule(violations, "CAT-005", "formula"));
  EXPECT_TRUE(HasRule(violations, "ORD-002", "characteristics.wifi"));
  EXPECT_TRUE(HasRule(violations, "CAT-056", "options[0].id"));
  EXPECT_TRUE(HasRule(violations, "CAT-057", "options[0].ipv4BlockSize"));
  EXPECT_TRUE(HasRule(violations, "ORD-022", "characteristics.compatibleLine"));
  EXPECT_EQ(violations.size(), 5u);
}

TEST(OrderIntake, ORD_037_RushProvisioningOnlyOnTemporaryLines) {
  OrderIntake intake = Intake("fullfiber-extended");
  intake.request.options.push_back({"rush-provisioning", {{"requestedReadyForService", std::string("2026-12-10")}}});
  EXPECT_TRUE(HasRule(CheckOrderIntake(OrderCatalog(), intake, kThursday), "ORD-037", "options[0].id"));
  EXPECT_TRUE(CheckOrderIntake(OrderCatalog(), RushIntake("2026-12-10"), kThursday).empty());
}

TEST(OrderIntake, ORD_039_TheRequestedReadyForServiceDateMustLieAhead) {
  for (const char* rfs : {"2026-11-26", "2026-11-01"}) {
    auto violations = CheckOrderIntake(OrderCatalog(), RushIntake(rfs), kThursday);
    EXPECT_TRUE(HasRule(violations, "ORD-039", "options[0].requestedReadyForService")) << rfs;
  }
  auto missing = RushIntake("2026-12-10");
  missing.request.options[0].characteristics.clear();
  EXPECT_TRUE(HasRule(CheckOrderIntake(OrderCatalog(), missing, kThursday), "ORD-039",
                      "options[0].requestedReadyForService"));  // the RFS date is on the Order Form
}

TEST(OrderIntake, AMalformedFieldStandsAloneAndTheRestIsStillChecked) {
  std::vector<Violation> parse{{"ORD-002", "options[0]", "not an object"}};
  OrderRequest request = Intake("internet-essential").request;
  request.options.push_back({});  // what the parser leaves for the malformed option
  auto violations = CheckOrderForm(OrderCatalog(), request, parse);
  EXPECT_EQ(violations.front().field, "options[0]");
  EXPECT_TRUE(HasRule(violations, "CAT-005", "formula"));
  for (const Violation& v : violations) EXPECT_NE(v.field, "options[0].id");
  EXPECT_EQ(CheckOrderForm(OrderCatalog(), request, {{"ORD-002", std::string(kWholeOrderField), "not JSON"}}).size(),
            1u);
}

TEST(OrderIntake, ORD_003_TheOpenedOrderIsAcknowledgedWithItsHistory) {
  ProductOrder order = OpenOrder(OrderCatalog(), Intake("internet-pro-plus"), kThursday, UserId(7));
  EXPECT_EQ(order.milestone, OrderMilestone::kAcknowledged);
  EXPECT_EQ(order.state(), OrderState::kAcknowledged);
  ASSERT_EQ(order.history.size(), 1u);
  EXPECT_EQ(order.history[0].at, kThursday);
  EXPECT_EQ(order.history[0].by, UserId(7));
  EXPECT_FALSE(order.target_activation_date);  // set at confirmation (ORD-005) or by the RFD (ORD-027)
  EXPECT_FALSE(order.rush);
  EXPECT_EQ(order.InitialTermMonths(), kDefaultInitialTermMonths);  // ORD-002, CON-008 default
  EXPECT_EQ(order.sla_tier, "basic");
}

TEST(OrderIntake, SLA_004_TheOrderedTierWinsOverTheFormulaDefault) {
  OrderIntake intake = Intake("internet-pro-plus");
  intake.request.options.push_back({"sla-premium", {}});
  EXPECT_EQ(SelectedSlaTier(OrderCatalog(), intake.request), "premium");
}

TEST(OrderIntake, ORD_042_TheRushAnswerIsDueTwoBusinessDaysAfterReceipt) {
  ProductOrder order = OpenOrder(OrderCatalog(), RushIntake("2026-12-10"), kThursday, UserId(7));
  ASSERT_TRUE(order.rush);
  EXPECT_EQ(order.rush->requested_ready_for_service, Day("2026-12-10"));  // ORD-039
  EXPECT_EQ(order.rush->feasibility_due, Day("2026-11-30"));              // Thu + 2 BD = Mon (U-02)
  EXPECT_EQ(order.rush->feasibility, RushFeasibility::kPending);
  EXPECT_EQ(order.rush->fee, Cents(kRushFeeCents));  // T-20 #16, from the price list
  EXPECT_EQ(order.rush->fee_decision, RushFeeDecision::kPending);
  EXPECT_EQ(order.rush->ChargedFee(), Cents(0));
}

}  // namespace
}  // namespace bizline::testing
