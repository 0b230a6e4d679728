// The implementation-phase use cases over SQLite: who may change what (the Client's
// representative its own order's contacts, site checklist, quote answers and own works; staff
// the rest), the notifications they commit with (ORD-007, ORD-029, ORD-032, ORD-034, ORD-035,
// CAT-089), nothing stored on a refused change, the late-activation watch once per target date
// across restarts (ORD-034), no compensation for lateness (ORD-036) and a line activated without
// mobile backup when the antennas fail (CAT-089).
#include "app/notification/ports.h"
#include "order_fixture.h"

namespace bizline::testing {
namespace {

class OrderImplementationTest : public OrderServiceTest {
 protected:
  Result<ProductOrder> As(const Principal& who, const ProductOrder& order, OrderChange change) {
    return orders_->Change(who, order.id, change);
  }

  static std::vector<SiteItem> AllSiteItems() {
    std::vector<SiteItem> items;
    for (int i = 0; i < kSiteItemCount; ++i) items.push_back(static_cast<SiteItem>(i));
    return items;
  }

  std::vector<std::string> Kinds(CustomerId customer) {
    std::vector<std::string> kinds;
    for (const Notification& n : NoticesTo(customer)) kinds.push_back(n.kind);
    return kinds;
  }

  // An order without a compatible line whose RFD is issued for 2027-01-15.
  ProductOrder AfterRfd() {
    OrderIntake intake = Intake(acme_.id, acme_site_);
    intake.line = LinePresence::kNoCompatibleLine;
    ProductOrder order = Created(kAdmin, intake);
    EXPECT_TRUE(Step(order, OrderMilestone::kSiteSurvey).ok());
    OrderChange rfd;
    rfd.step = StepTo(OrderMilestone::kRfdIssued);
    rfd.step->target_activation_date = Day("2027-01-15");
    EXPECT_TRUE(As(kProvisioning, order, rfd).ok());
    return order;
  }
};

TEST_F(OrderImplementationTest, ORD_008_SITE_001_TheRepresentativeNamesContactsAndConfirmsItsOwnSiteOnly) {
  OrderIntake intake = Intake(acme_.id, acme_site_);
  intake.contacts.clear();  // not required when the order is placed
  ProductOrder order = Created(RepOf(acme_.id), intake);
  EXPECT_TRUE(order.contacts.empty());
  OrderChange client;
  client.contacts = {Contact("Bob Janssens", "+32 475 12 34 56", "")};
  client.site_items = {SiteItem::kBuildingEntryAccessible, SiteItem::kCat5eCabling};
  EXPECT_EQ(As(RepOf(globex_.id), order, client).error().code, ErrorCode::kNotFound);  // tenant boundary
  EXPECT_EQ(As(kAgent, order, client).error().code, ErrorCode::kPermissionDenied);
  auto changed = As(RepOf(acme_.id), order, client);
  ASSERT_TRUE(changed.ok()) << changed.error().message;
  auto stored = orders_->Get(kAdmin, order.id);
  ASSERT_EQ(stored->contacts.size(), 1u);
  EXPECT_EQ(stored->contacts[0].name, "Bob Janssens");
  ASSERT_EQ(stored->site_readiness.size(), 2u);
  EXPECT_EQ(stored->site_readiness[0].by, UserId(99));  // the representative confirmed it
  EXPECT_EQ(stored->version, 2);
}

TEST_F(OrderImplementationTest, ORD_009_ABadContactOrAStaffPartFromARepresentativeStoresNothing) {
  ProductOrder order = Created(kAdmin, Intake(acme_.id, acme_site_));
  OrderChange bad;
  bad.site_items = {SiteItem::kLanIpAddress};
  bad.contacts = {Contact("Bob", "")};
  auto refused = As(RepOf(acme_.id), order, bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule, "ORD-009");
  EXPECT_EQ(refused.error().field, "relatedParty[1].phone");
  OrderChange quote;
  quote.site_items = {SiteItem::kLanIpAddress};
  quote.quote = QuoteDraft{QuoteKind::kOutOfHoursImplementation, Cents(30000), "Saturday", std::nullopt};
  EXPECT_EQ(As(RepOf(acme_.id), order, quote).error().code, ErrorCode::kPermissionDenied);
  auto stored = orders_->Get(kAdmin, order.id);
  EXPECT_TRUE(stored->site_readiness.empty());
  EXPECT_EQ(stored->version, 1);
}

TEST_F(OrderImplementationTest, ORD_009_TheAppointmentNeedsAContactReachableByPhone) {
  OrderIntake intake = Intake(acme_.id, acme_site_);
  intake.contacts.clear();
  ProductOrder order = Created(kAdmin, intake);
  auto refused = Step(order, OrderMilestone::kAppointmentSet, At("2026-12-01T09:00:00+01:00"));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule, "ORD-009");
  EXPECT_TRUE(NoticesTo(acme_.id).empty());  // no confirmation either
  OrderChange both;
  both.contacts = {Contact()};
  both.step = StepTo(OrderMilestone::kAppointmentSet);
  both.step->appointment = At("2026-12-01T09:00:00+01:00");
  ASSERT_TRUE(As(kProvisioning, order, both).ok());  // contact and appointment in one change
  EXPECT_EQ(Kinds(acme_.id), std::vector<std::string>{"order.confirmed"});
}

TEST_F(OrderImplementationTest, SITE_006_InstallationWaitsForTheChecklistOfTheLinesTechnology) {
  ProductOrder copper = Created(kAdmin, Intake(acme_.id, acme_site_));
  ProductOrder fiber = Created(kAdmin, Intake(acme_.id, acme_site_, "fullfiber-extended"));
  std::vector<SiteItem> no_phone_line;
  for (SiteItem item : AllSiteItems()) {
    if (item != SiteItem::kTelephoneLinePoint) no_phone_line.push_back(item);
  }
  for (const ProductOrder& order : {copper, fiber}) {
    ASSERT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2026-12-01T09:00:00+01:00")).ok());
    OrderChange confirm;
    confirm.site_items = no_phone_line;
    ASSERT_TRUE(As(RepOf(acme_.id), order, confirm).ok());
  }
  clock_.Set(At("2026-12-01T10:00:00+01:00"));
  OrderChange install;
  install.step = StepTo(OrderMilestone::kInstalled);
  auto refused = As(kProvisioning, copper, install);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule, "SITE-006");  // copper: the telephone line point
  EXPECT_NE(refused.error().message.find("telephoneLinePoint (SITE-006)"), std::string::npos);
  EXPECT_TRUE(As(kProvisioning, fiber, install).ok());  // fiber: no telephone line
}

TEST_F(OrderImplementationTest, ORD_007_AnOutOfHoursQuoteIsSentApprovedByTheClientAndCharged) {
  ProductOrder order = Created(kAdmin, Intake(acme_.id, acme_site_));
  OrderChange send;
  send.quote = QuoteDraft{QuoteKind::kOutOfHoursImplementation, Cents(30000), "Saturday installation", std::nullopt};
  auto sent = As(kProvisioning, order, send);
  ASSERT_TRUE(sent.ok()) << sent.error().message;
  ASSERT_EQ(Kinds(acme_.id), std::vector<std::string>{"order.quoteSent"});
  EXPECT_NE(NoticesTo(acme_.id)[0].body.find("EUR 300.00"), std::string::npos);
  OrderChange approve;
  approve.quote_answer = OrderChange::QuoteAnswer{1, QuoteStatus::kApproved};
  EXPECT_EQ(As(RepOf(globex_.id), order, approve).error().code, ErrorCode::kNotFound);
  auto approved = As(RepOf(acme_.id), order, approve);
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  EXPECT_EQ(approved->quotes[0].answered_by, UserId(99));
  ASSERT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2026-12-05T10:00:00+01:00")).ok());  // a Saturday
  EXPECT_EQ(AdditionalChargesTotal(*orders_->Get(kAdmin, order.id)), Cents(30000));
}

TEST_F(OrderImplementationTest, ORD_028_TheClientReportsItsOwnWorksAndTheAppointmentWaitsForIt) {
  ProductOrder order = AfterRfd();
  OrderChange record;
  record.works = WorksDraft{WorksLocation::kClientBuilding, WorksPerformer::kClient, "cat 5e cabling", {}, {}, {}};
  EXPECT_EQ(As(RepOf(acme_.id), order, record).error().code, ErrorCode::kPermissionDenied);  // staff record works
  ASSERT_TRUE(As(kProvisioning, order, record).ok());
  auto early = Step(order, OrderMilestone::kAppointmentSet, At("2027-01-12T09:00:00+01:00"));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().rule, "ORD-028");
  OrderChange expected;
  expected.works_update = OrderChange::WorksUpdate{1, Day("2026-12-10"), false};
  ASSERT_TRUE(As(RepOf(acme_.id), order, expected).ok());
  OrderChange done;
  done.works_update = OrderChange::WorksUpdate{1, std::nullopt, true};
  ASSERT_TRUE(As(RepOf(acme_.id), order, done).ok());
  auto stored = orders_->Get(kAdmin, order.id);
  EXPECT_EQ(stored->works.at(0).expected_completion, Day("2026-12-10"));
  EXPECT_TRUE(stored->works.at(0).completed_at);
  EXPECT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2027-01-12T09:00:00+01:00")).ok());
}

TEST_F(OrderImplementationTest, ORD_029_ProximusWorksAreQuotedTheApprovalSetsTheLeadTimeAndTheCharge) {
  ProductOrder order = AfterRfd();
  OrderChange record;
  record.works = WorksDraft{
      WorksLocation::kClientBuilding, WorksPerformer::kProximus, "riser cabling", {}, Cents(85000), Day("2027-02-05")};
  ASSERT_TRUE(As(kProvisioning, order, record).ok());
  EXPECT_EQ(Kinds(acme_.id), std::vector<std::string>{"order.quoteSent"});
  EXPECT_EQ(Step(order, OrderMilestone::kAppointmentSet, At("2027-02-01T09:00:00+01:00")).error().rule, "ORD-029");
  OrderChange approve;
  approve.quote_answer = OrderChange::QuoteAnswer{1, QuoteStatus::kApproved};
  auto approved = As(RepOf(acme_.id), order, approve);
  ASSERT_TRUE(approved.ok());
  EXPECT_EQ(approved->target_activation_date, Day("2027-02-05"));
  EXPECT_EQ(AdditionalChargesTotal(*approved), Cents(85000));
  EXPECT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2027-02-01T09:00:00+01:00")).ok());
}

TEST_F(OrderImplementationTest, ORD_032_PublicDomainWorksTellTheClientTheCauseTheExtentAndTheQuote) {
  ProductOrder order = AfterRfd();
  OrderChange record;
  record.works = WorksDraft{WorksLocation::kPublicDomain,
                            WorksPerformer::kProximus,
                            "a trench under the street needs a municipal permit",
                            {},
                            Cents(240000),
                            Day("2027-03-15")};
  ASSERT_TRUE(As(kProvisioning, order, record).ok());
  EXPECT_EQ(Kinds(acme_.id), (std::vector<std::string>{"order.worksDelay", "order.quoteSent"}));
  const Notification delay = NoticesTo(acme_.id)[0];
  EXPECT_NE(delay.body.find("municipal permit"), std::string::npos);  // the cause
  EXPECT_NE(delay.body.find("2027-03-15 instead of 2027-01-15"), std::string::npos);
  EXPECT_NE(delay.body.find("Extent: 41 business day(s)"), std::string::npos) << delay.body;  // the extent
  EXPECT_NE(delay.body.find("EUR 2400.00"), std::string::npos);                               // the specific quote
}

TEST_F(OrderImplementationTest, ORD_034_ORD_035_StaffRescheduleALateOrderAndTheClientIsTold) {
  ProductOrder order = Created(kAdmin, Intake(acme_.id, acme_site_));
  ASSERT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2026-12-01T09:00:00+01:00")).ok());
  OrderChange reschedule;
  reschedule.late = OrderChange::Reschedule{Day("2027-01-12"), "the CPE is out of stock"};
  EXPECT_EQ(As(kProvisioning, order, reschedule).error().rule, "ORD-034");  // not late yet
  clock_.Set(At("2026-12-29T10:00:00+01:00"));
  EXPECT_EQ(As(RepOf(acme_.id), order, reschedule).error().code, ErrorCode::kPermissionDenied);
  auto late = orders_->ListLate(kAgent, {}, {});
  ASSERT_TRUE(late.ok());
  EXPECT_EQ(late->total, 1);
  EXPECT_EQ(orders_->ListLate(RepOf(globex_.id), {}, {})->total, 0);  // tenant boundary
  auto done = As(kProvisioning, order, reschedule);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(done->target_activation_date, Day("2027-01-12"));
  const Notification notice = NoticesTo(acme_.id).back();
  EXPECT_EQ(notice.kind, "order.late");
  for (const char* text : {"inProgress", "appointmentSet", "Delay: 2 business day(s)", "the CPE is out of stock",
                           "New planned date: 2027-01-12"}) {
    EXPECT_NE(notice.body.find(text), std::string::npos) << text << " in " << notice.body;
  }
  EXPECT_EQ(orders_->ListLate(kAgent, {}, {})->total, 0);
}

TEST_F(OrderImplementationTest, ORD_004_ORD_005_AMovedAppointmentIsConfirmedInWritingAgain) {
  ProductOrder order = Created(kAdmin, Intake(acme_.id, acme_site_));
  ASSERT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2026-12-01T09:00:00+01:00")).ok());
  OrderChange move;
  move.new_appointment = At("2026-11-26T09:00:00+01:00");  // an hour ago
  auto past = As(kProvisioning, order, move);
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.error().rule, "ORD-004");
  EXPECT_EQ(As(RepOf(acme_.id), order, move).error().code, ErrorCode::kPermissionDenied);
  move.new_appointment = At("2027-01-12T14:00:00+01:00");
  auto moved = As(kProvisioning, order, move);
  ASSERT_TRUE(moved.ok()) << moved.error().message;
  EXPECT_EQ(moved->target_activation_date, Day("2027-01-12"));
  EXPECT_EQ(Kinds(acme_.id), (std::vector<std::string>{"order.confirmed", "order.confirmed"}));
  EXPECT_NE(NoticesTo(acme_.id).back().body.find("2027-01-12T14:00:00+01:00"), std::string::npos);
}

TEST_F(OrderImplementationTest, ORD_034_TheWatchAnnouncesEachMissedTargetOnceAcrossRestarts) {
  ProductOrder order = Created(kAdmin, Intake(acme_.id, acme_site_));
  ProductOrder other = Created(kAdmin, Intake(globex_.id, globex_site_));
  ASSERT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2026-12-01T09:00:00+01:00")).ok());
  ASSERT_TRUE(Step(other, OrderMilestone::kAppointmentSet, At("2026-12-02T09:00:00+01:00")).ok());
  {
    LateActivationWatch watch(*storage_, clock_);
    EXPECT_EQ(watch.RunOnce()->announced, 0);  // nothing late yet
  }
  clock_.Set(At("2026-12-28T08:00:00+01:00"));
  LateActivationWatch first(*storage_, clock_, 1);  // batches of one: the loop goes on
  auto report = first.RunOnce();
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->announced, 2);
  EXPECT_EQ(first.RunOnce()->announced, 0);
  LateActivationWatch after_restart(*storage_, clock_);  // a new process, the same database
  clock_.Set(At("2026-12-29T08:00:00+01:00"));
  EXPECT_EQ(after_restart.RunOnce()->announced, 0);
  const Notification notice = NoticesTo(acme_.id).back();
  EXPECT_EQ(notice.kind, kOrderLateKind);
  EXPECT_NE(notice.body.find("reasons of the delay will follow"), std::string::npos);
  EXPECT_NE(notice.body.find("Delay: 1 business day(s)"), std::string::npos) << notice.body;
  EXPECT_EQ(Kinds(acme_.id), (std::vector<std::string>{"order.confirmed", "order.late"}));

  // Staff give the reasons and a date; when it passes too, the watch tells the Client again.
  OrderChange reschedule;
  reschedule.late = OrderChange::Reschedule{Day("2027-01-12"), "the CPE is out of stock"};
  ASSERT_TRUE(As(kProvisioning, order, reschedule).ok());
  clock_.Set(At("2027-01-13T08:00:00+01:00"));
  EXPECT_EQ(after_restart.RunOnce()->announced, 1);  // the order; Globex's target was announced already
  EXPECT_NE(NoticesTo(acme_.id).back().body.find("Reasons: the CPE is out of stock"), std::string::npos);
  EXPECT_EQ(orders_->Get(kAdmin, order.id)->late_notices.size(), 3u);
}

TEST_F(OrderImplementationTest, ORD_036_LateActivationCreatesNoChargeAndNoCredit) {
  ProductOrder order = Created(kAdmin, Intake(acme_.id, acme_site_));
  ASSERT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2026-12-01T09:00:00+01:00")).ok());
  clock_.Set(At("2027-01-05T08:00:00+01:00"));
  ASSERT_EQ(LateActivationWatch(*storage_, clock_).RunOnce()->announced, 1);
  ASSERT_TRUE(Step(order, OrderMilestone::kInstalled).ok());
  auto activated = Step(order, OrderMilestone::kActivated);
  ASSERT_TRUE(activated.ok()) << activated.error().message;
  EXPECT_TRUE(AdditionalCharges(*activated).empty());
  EXPECT_FALSE(activated->rush);
  for (const Notification& n : NoticesTo(acme_.id)) {
    EXPECT_EQ(n.body.find("credit"), std::string::npos) << n.body;
    EXPECT_EQ(n.body.find("compensation"), std::string::npos) << n.body;
  }
}

TEST_F(OrderImplementationTest, CAT_088_CAT_089_AntennasAreChargedAndWithoutCoverageTheLineGoesLiveWithoutBackup) {
  OrderIntake intake = Intake(acme_.id, acme_site_);
  intake.request.options.push_back({"mobile-backup", {{"feasibilityStudy", std::string("positive")}}});  // CAT-086
  ProductOrder order = Created(kAdmin, intake);
  ASSERT_TRUE(Step(order, OrderMilestone::kAppointmentSet, At("2026-12-01T09:00:00+01:00")).ok());
  OrderChange not_assured;
  not_assured.coverage = OrderChange::Coverage{IndoorCoverage::kNotAssured, 2};  // and 2 antennas installed
  EXPECT_EQ(As(RepOf(acme_.id), order, not_assured).error().code, ErrorCode::kPermissionDenied);
  auto antennas = As(kProvisioning, order, not_assured);
  ASSERT_TRUE(antennas.ok()) << antennas.error().message;
  EXPECT_EQ(AdditionalChargesTotal(*antennas), Cents(2 * kIndoorAntennaCents));  // the price list's amount
  OrderChange failed;
  failed.coverage = OrderChange::Coverage{IndoorCoverage::kNotCovered, 0};
  ASSERT_TRUE(As(kProvisioning, order, failed).ok());
  EXPECT_EQ(Kinds(acme_.id), (std::vector<std::string>{"order.confirmed", "order.mobileBackupRemoved"}));
  ASSERT_TRUE(Step(order, OrderMilestone::kInstalled).ok());
  ASSERT_TRUE(Step(order, OrderMilestone::kActivated).ok());
  ASSERT_EQ(provisioner_.specs().size(), 1u);
  EXPECT_TRUE(provisioner_.specs()[0].options.empty());  // activated without mobile backup
  auto stored = orders_->Get(kAdmin, order.id);
  EXPECT_FALSE(HasMobileBackup(*stored));
  EXPECT_EQ(AdditionalChargesTotal(*stored), Cents(2 * kIndoorAntennaCents));  // no compensation
}

}  // namespace
}  // namespace bizline::testing
