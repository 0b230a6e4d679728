// The order use cases over a real SQLite database, a driven clock and the domain tests'
// fixture catalog (with the rush fee of the price list): the tenant boundary, nothing stored
// for an ineligible order, staff-only state changes, notifications in the same transaction
// (ORD-005, ORD-020, ORD-042), and the line provisioned atomically with the activation step.
#include "app/ordering/order_service.h"

#include "app/notification/ports.h"
#include "order_fixture.h"

namespace bizline::testing {
namespace {

TEST_F(OrderServiceTest, ARepresentativeOrdersForItsOwnCustomerOnly) {
  ProductOrder mine = Created(RepOf(acme_.id), Intake(CustomerId(), acme_site_));  // relatedParty omitted
  EXPECT_EQ(mine.customer_id, acme_.id);
  EXPECT_EQ(mine.history.at(0).by, UserId(99));
  auto other = orders_->Create(RepOf(acme_.id), Intake(globex_.id, globex_site_));
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kNotFound);  // another tenant is not even confirmed to exist
  EXPECT_EQ(OrderCount(), 1);

  ProductOrder theirs = Created(kAdmin, Intake(globex_.id, globex_site_));
  EXPECT_EQ(orders_->Get(RepOf(acme_.id), theirs.id).error().code, ErrorCode::kNotFound);
  auto listed = orders_->List(RepOf(acme_.id), {}, {});
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 1);
  EXPECT_EQ(listed->items.at(0).id, mine.id);
  EXPECT_EQ(orders_->List(kAgent, {}, {})->total, 2);  // staff see every customer
}

TEST_F(OrderServiceTest, U_16_TheSiteMustBeOneOfTheOrderingCustomersSites) {
  auto created = orders_->Create(kAdmin, Intake(acme_.id, globex_site_));
  ASSERT_TRUE(created.ok());
  ASSERT_FALSE(created->order);
  ASSERT_EQ(created->violations.size(), 1u);
  EXPECT_EQ(created->violations[0].rule, "U-16");
  EXPECT_EQ(created->violations[0].field, "site");
}

TEST_F(OrderServiceTest, AnIneligibleOrderListsEveryViolationAndStoresNothing) {
  OrderIntake intake = Intake(acme_.id, SiteId(), "internet-essential");  // CAT-005, U-16
  intake.line.reset();                                                    // ORD-022
  intake.request.options.push_back({"router-upgrade", {}});               // CAT-046: Pro+ only
  auto created = orders_->Create(kAdmin, intake);
  ASSERT_TRUE(created.ok());
  EXPECT_FALSE(created->order);
  std::vector<std::string> rules;
  for (const Violation& v : created->violations) rules.push_back(v.rule);
  EXPECT_EQ(rules, (std::vector<std::string>{"CAT-005", "CAT-046", "ORD-022", "U-16"}));
  EXPECT_EQ(OrderCount(), 0);
}

TEST_F(OrderServiceTest, CON_004_TheClientSizeComesFromTheCustomerRecord) {
  ProductOrder order = Created(kAdmin, Intake(acme_.id, acme_site_));
  EXPECT_EQ(order.request.customer_employees, 20);  // the fixture's customers have 20 employees
}

TEST_F(OrderServiceTest, OnlyProvisioningAndAdminStaffChangeAnOrder) {
  ProductOrder order = Created(RepOf(acme_.id), Intake(acme_.id, acme_site_));
  OrderChange change;
  change.step = StepTo(OrderMilestone::kAppointmentSet);
  change.step->appointment = At("2026-12-01T09:00:00+01:00");
  EXPECT_EQ(orders_->Change(RepOf(acme_.id), order.id, change).error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(orders_->Change(kAgent, order.id, change).error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(orders_->Change(RepOf(globex_.id), order.id, change).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(orders_->Change(kProvisioning, order.id, change).ok());
  EXPECT_EQ(orders_->Get(kAdmin, order.id)->milestone, OrderMilestone::kAppointmentSet);
  EXPECT_EQ(orders_->Get(kAdmin, order.id)->version, 2);
}

TEST_F(OrderServiceTest, ORD_005_ORD_020_ConfirmationAndActivationNoticesAndTheLineCommitTogether) {
  ProductOrder order = Created(kAdmin, Intake(acme_.id, acme_site_));
  EXPECT_TRUE(NoticesTo(acme_.id).empty());
  auto confirmed = Step(order, OrderMilestone::kAppointmentSet, At("2026-12-01T09:00:00+01:00"));
  ASSERT_TRUE(confirmed.ok()) << confirmed.error().message;
  auto notices = NoticesTo(acme_.id);
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].kind, "order.confirmed");  // ORD-005
  EXPECT_EQ(notices[0].recipients, std::vector<std::string>{"ann@acme.example"});
  EXPECT_EQ(notices[0].reference, "productOrder/" + std::to_string(order.id.value()));
  EXPECT_NE(notices[0].body.find("2026-12-24"), std::string::npos);  // ORD-022: the activation date
  EXPECT_NE(notices[0].body.find("2026-12-01T09:00:00+01:00"), std::string::npos);

  ASSERT_TRUE(Step(order, OrderMilestone::kInstalled).ok());
  clock_.Set(At("2026-12-02T11:00:00+01:00"));
  auto activated = Step(order, OrderMilestone::kActivated);
  ASSERT_TRUE(activated.ok()) << activated.error().message;
  EXPECT_EQ(activated->product_id, ProductId(501));
  ASSERT_EQ(provisioner_.specs().size(), 1u);  // ORD-012 to ORD-016: the line is built
  const LineSpec& spec = provisioner_.specs()[0];
  EXPECT_EQ(spec.customer, acme_.id);
  EXPECT_EQ(spec.site, acme_site_);
  EXPECT_EQ(spec.order_ref, std::to_string(order.id.value()));
  EXPECT_EQ(spec.formula, "internet-pro-plus");
  EXPECT_EQ(spec.wifi, WifiChoice::kOn);  // ORD-015
  EXPECT_EQ(spec.sla_tier, "basic");
  EXPECT_EQ(spec.initial_term_months, 10);                           // CON-008 default
  EXPECT_EQ(provisioner_.at()[0], At("2026-12-02T11:00:00+01:00"));  // CON-007: the Activation Date
  // ORD-020: the activation notice is ProvisionLine's (product.activated, see the provisioning
  // tests); the order adds none of its own, so the Client gets one notice, not two.
  EXPECT_EQ(NoticesTo(acme_.id).size(), 1u);
  EXPECT_EQ(orders_->Get(kAdmin, order.id)->product_id, ProductId(501));
}

TEST_F(OrderServiceTest, AFailedProvisioningLeavesTheOrderAndTheOutboxUnchanged) {
  ProductOrder order = Created(kAdmin, Intake(acme_.id, acme_site_));
  ASSERT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2026-12-01T09:00:00+01:00")).ok());
  ASSERT_TRUE(Step(order, OrderMilestone::kInstalled).ok());
  provisioner_.Fail();
  auto activated = Step(order, OrderMilestone::kActivated);
  ASSERT_FALSE(activated.ok());
  EXPECT_EQ(activated.error().code, ErrorCode::kUnavailable);
  auto stored = orders_->Get(kAdmin, order.id);
  EXPECT_EQ(stored->milestone, OrderMilestone::kInstalled);
  EXPECT_FALSE(stored->activated_at);
  EXPECT_EQ(NoticesTo(acme_.id).size(), 1u);  // only the confirmation
}

TEST_F(OrderServiceTest, ORD_042_ORD_047_ARushOrderIsAnsweredNotifiedAndItsFeeDecidedAtActivation) {
  OrderIntake intake = Intake(acme_.id, acme_site_, "temporary-fullfiber-extended");
  intake.request.options.push_back({"rush-provisioning", {{"requestedReadyForService", std::string("2026-12-04")}}});
  ProductOrder order = Created(kAdmin, intake);
  ASSERT_TRUE(order.rush);
  EXPECT_EQ(order.rush->fee, Cents(kRushFeeCents));  // the price list's rush fee, integer cents
  OrderChange answer;
  answer.rush = OrderChange::RushAnswer{RushFeasibility::kAccepted, std::nullopt};
  auto answered = orders_->Change(kProvisioning, order.id, answer);
  ASSERT_TRUE(answered.ok()) << answered.error().message;
  EXPECT_EQ(answered->target_activation_date, ParseCivilDay("2026-12-04"));  // ORD-045
  auto notices = NoticesTo(acme_.id);
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].kind, "order.rushAnswered");
  ASSERT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2026-12-01T09:00:00+01:00")).ok());
  ASSERT_TRUE(Step(order, OrderMilestone::kInstalled).ok());
  clock_.Set(At("2026-12-03T15:00:00+01:00"));
  auto activated = Step(order, OrderMilestone::kActivated);
  ASSERT_TRUE(activated.ok());
  EXPECT_EQ(activated->rush->fee_decision, RushFeeDecision::kCharged);  // ORD-047: date met
  EXPECT_EQ(orders_->Get(kAdmin, order.id)->rush->ChargedFee(), Cents(kRushFeeCents));
}

TEST_F(OrderServiceTest, ANoopChangeIsRefused) {
  ProductOrder order = Created(kAdmin, Intake(acme_.id, acme_site_));
  EXPECT_EQ(orders_->Change(kProvisioning, order.id, {}).error().code, ErrorCode::kInvalidArgument);
  OrderChange step;
  step.step = OrderStep{};
  EXPECT_EQ(orders_->Change(kProvisioning, OrderId(999), step).error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace bizline::testing
