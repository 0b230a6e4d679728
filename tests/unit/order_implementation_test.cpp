// The rest of the implementation phase, as pure rules over ProductOrder: implementation contacts
// (ORD-008, ORD-009), the Annex 1 site checklist (SITE-001 to SITE-008), out-of-hours quotes
// (ORD-007), infrastructure works and their quotes (ORD-025, ORD-028 to ORD-032), late activation
// (ORD-034 to ORD-036), indoor coverage of mobile backup (CAT-088, CAT-089), the additional
// charges, and the plausibility of appointment and installation instants (ORD-004, ORD-010).
#include <algorithm>

#include "domain/calendar/brussels_time.h"
#include "domain/ordering/order_charges.h"
#include "domain/ordering/order_contacts.h"
#include "domain/ordering/order_lateness.h"
#include "domain/ordering/order_lifecycle.h"
#include "domain/ordering/order_mobile_backup.h"
#include "domain/ordering/order_quotes.h"
#include "domain/ordering/order_site_readiness.h"
#include "domain/ordering/order_works.h"
#include "order_test_support.h"

namespace bizline::testing {
namespace {

using M = OrderMilestone;

const Instant kThursday = At("2026-11-26T10:00:00+01:00");
const UserId kStaff(3);
const UserId kRep(99);

ProductOrder Bare(const std::string& formula = "internet-pro-plus", LinePresence line = LinePresence::kCompatibleLine) {
  return OpenOrder(OrderCatalog(), Intake(formula, line), kThursday, kStaff);
}

ProductOrder Ready(const std::string& formula = "internet-pro-plus") {
  ProductOrder order = Bare(formula);
  MakeReady(order, kThursday);
  return order;
}

OrderStep Appointment(const std::string& when) {
  OrderStep step = StepTo(M::kAppointmentSet);
  step.appointment = At(when);
  return step;
}

OrderStep Installed(std::optional<Technology> technology = Technology::kCopper) {
  OrderStep step = StepTo(M::kInstalled);
  step.technology = technology;
  return step;
}

void Advance(ProductOrder& order, const OrderStep& step, Instant now = kThursday) {
  auto result = AdvanceOrder(order, step, now, kStaff);
  ASSERT_TRUE(result.ok()) << ToString(step.to) << ": " << result.error().message;
}

Error Refusal(ProductOrder& order, const OrderStep& step, Instant now = kThursday) {
  auto result = AdvanceOrder(order, step, now, kStaff);
  EXPECT_FALSE(result.ok()) << ToString(step.to);
  return result.ok() ? Error::Invalid("", "") : result.error();
}

// --- ORD-008, ORD-009: implementation contacts ---

TEST(ImplementationContacts, ORD_008_ORD_009_AContactHasANameAndAPhoneTheEmailIsOptional) {
  struct Case {
    ContactInput input;
    const char* field;  // empty: accepted
    const char* rule;
  };
  const Case cases[] = {
      {Contact(), "", ""},
      {Contact("Ann", "+32 2 123 45 67", ""), "", ""},  // e-mail optional
      {Contact("Ann", "02/123.45.67", ""), "", ""},
      {Contact("", "+32 2 123 45 67"), "relatedParty[1].name", "ORD-008"},
      {Contact("Ann", ""), "relatedParty[1].phone", "ORD-009"},
      {Contact("Ann", "call me"), "relatedParty[1].phone", "ORD-009"},
      {Contact("Ann", "123"), "relatedParty[1].phone", "ORD-009"},  // an extension cannot be called from outside
      {Contact("Ann", "+32 2 123 45 67", "ann.example"), "relatedParty[1].email", "ORD-008"},
  };
  for (const Case& c : cases) {
    Status s = CheckContact(c.input);
    if (std::string(c.field).empty()) {
      EXPECT_TRUE(s.ok()) << c.input.contact.phone << " " << s.error().message;
      continue;
    }
    ASSERT_FALSE(s.ok()) << c.field;
    EXPECT_EQ(s.error().field, c.field);
    EXPECT_EQ(s.error().rule, c.rule);
  }
}

TEST(ImplementationContacts, ORD_008_SeveralPersonsCanBeAppointedTheSameOneOnce) {
  ProductOrder order = Bare();
  ASSERT_TRUE(AddContacts(order, {Contact(), Contact("Bob", "+32 475 12 34 56", "")}).ok());
  ASSERT_TRUE(AddContacts(order, {Contact()}).ok());
  EXPECT_EQ(order.contacts.size(), 2u);
  auto bad = AddContacts(order, {Contact("Carl", "+32 3 222 33 44"), Contact("Dan", "")});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().rule, "ORD-009");
  EXPECT_EQ(order.contacts.size(), 2u);  // all or nothing
}

TEST(ImplementationContacts, ORD_008_ContactsAreOptionalWhenTheOrderIsPlacedButCheckedWhenGiven) {
  OrderIntake intake = Intake("internet-pro-plus");
  EXPECT_TRUE(CheckOrderIntake(OrderCatalog(), intake, kThursday).empty());  // none given: accepted
  intake.contacts = {Contact(), Contact("Bob", "")};
  auto violations = CheckOrderIntake(OrderCatalog(), intake, kThursday);
  EXPECT_TRUE(HasRule(violations, "ORD-009", "relatedParty[1].phone"));
  intake.contacts = {Contact()};
  ProductOrder order = OpenOrder(OrderCatalog(), intake, kThursday, kStaff);
  EXPECT_EQ(order.contacts, std::vector<ImplementationContact>{Contact().contact});
}

TEST(ImplementationContacts, ORD_009_NoAppointmentWithoutAContactReachableByPhone) {
  ProductOrder order = Bare();
  Error e = Refusal(order, Appointment("2026-12-01T09:00:00+01:00"));
  EXPECT_EQ(e.rule, "ORD-009");
  EXPECT_EQ(e.field, "relatedParty.implementationContact");
  EXPECT_EQ(order.milestone, M::kAcknowledged);
  ASSERT_TRUE(AddContacts(order, {Contact()}).ok());
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
}

TEST(ImplementationContacts, ORD_009_ContactsAreNotAddedOnceTheOrderIsActivated) {
  ProductOrder order = Ready();
  order.activated_at = kThursday;
  order.milestone = M::kActivated;
  EXPECT_EQ(AddContacts(order, {Contact("Bob", "+32 475 12 34 56")}).error().code, ErrorCode::kFailedPrecondition);
}

// --- SITE-001 to SITE-008: the Annex 1 checklist ---

// Annex 1, item by item: leaving any one of them unconfirmed keeps a copper line from being
// installed, and the error names it with its rule.
struct SiteCase {
  SiteItem item;
  const char* name;
  const char* rule;
};
const SiteCase kSiteCases[] = {
    {SiteItem::kBuildingEntryAccessible, "buildingEntryAccessible", "SITE-001"},
    {SiteItem::kCat5eCabling, "cat5eCabling", "SITE-002"},
    {SiteItem::kLanConnectionPoint, "lanConnectionPoint", "SITE-003"},
    {SiteItem::kLanIpAddress, "lanIpAddress", "SITE-004"},
    {SiteItem::kPowerSockets, "powerSockets", "SITE-005"},
    {SiteItem::kTelephoneLinePoint, "telephoneLinePoint", "SITE-006"},
    {SiteItem::kSystemBackedUp, "systemBackedUp", "SITE-007"},
    {SiteItem::kSoftwareCompatible, "softwareCompatible", "SITE-008"},
};

TEST(SiteReadiness, SITE_001_TO_SITE_008_EachUnconfirmedItemKeepsTheOrderFromBeingInstalled) {
  for (const SiteCase& c : kSiteCases) {
    SCOPED_TRACE(c.rule);
    EXPECT_EQ(ToString(c.item), c.name);
    EXPECT_EQ(RuleOf(c.item), c.rule);
    ProductOrder order = Bare();
    ASSERT_TRUE(AddContacts(order, {Contact()}).ok());
    std::vector<SiteItem> others;
    for (const SiteCase& other : kSiteCases) {
      if (other.item != c.item) others.push_back(other.item);
    }
    ASSERT_TRUE(ConfirmSiteItems(order, others, kThursday, kRep).ok());
    Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
    Error e = Refusal(order, Installed(Technology::kCopper), At("2026-12-01T12:00:00+01:00"));
    EXPECT_EQ(e.code, ErrorCode::kFailedPrecondition);
    EXPECT_EQ(e.rule, c.rule);
    EXPECT_EQ(e.field, "siteReadiness");
    EXPECT_NE(e.message.find(std::string(c.name) + " (" + c.rule + ")"), std::string::npos) << e.message;
    EXPECT_EQ(order.milestone, M::kAppointmentSet);
    ASSERT_TRUE(ConfirmSiteItems(order, {c.item}, kThursday, kRep).ok());
    Advance(order, Installed(Technology::kCopper), At("2026-12-01T12:00:00+01:00"));
  }
}

TEST(SiteReadiness, SITE_001_TheErrorListsEveryMissingItemWithItsSiteId) {
  ProductOrder order = Bare();
  ASSERT_TRUE(
      ConfirmSiteItems(order, {SiteItem::kBuildingEntryAccessible, SiteItem::kLanIpAddress}, kThursday, kRep).ok());
  Status s = CheckSiteReady(order, Technology::kCopper);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule, "SITE-002,SITE-003,SITE-005,SITE-006,SITE-007,SITE-008");
  for (const char* text :
       {"cat5eCabling (SITE-002)", "lanConnectionPoint (SITE-003)", "powerSockets (SITE-005)",
        "telephoneLinePoint (SITE-006)", "systemBackedUp (SITE-007)", "softwareCompatible (SITE-008)"}) {
    EXPECT_NE(s.error().message.find(text), std::string::npos) << text;
  }
}

TEST(SiteReadiness, SITE_006_TheTelephoneLinePointAppliesToCopperOnly) {
  std::vector<SiteItem> all_but_phone;
  for (int k = 0; k < kSiteItemCount; ++k) {
    if (static_cast<SiteItem>(k) != SiteItem::kTelephoneLinePoint) all_but_phone.push_back(static_cast<SiteItem>(k));
  }
  ProductOrder order = Bare("fullfiber-extended");
  ASSERT_TRUE(ConfirmSiteItems(order, all_but_phone, kThursday, kRep).ok());
  EXPECT_TRUE(CheckSiteReady(order, Technology::kFiber).ok());
  EXPECT_EQ(CheckSiteReady(order, Technology::kCopper).error().rule, "SITE-006");  // copper line
  EXPECT_EQ(CheckSiteReady(order, std::nullopt).error().rule, "SITE-006");         // unknown: all items
  EXPECT_EQ(ApplicableSiteItems(Technology::kFiber).size(), 7u);
  EXPECT_EQ(ApplicableSiteItems(Technology::kCopper).size(), 8u);
}

TEST(SiteReadiness, SITE_007_AConfirmationIsKeptOnceAndOnlyBeforeInstallation) {
  ProductOrder order = Ready();
  const std::size_t before = order.site_readiness.size();
  ASSERT_TRUE(ConfirmSiteItems(order, {SiteItem::kSystemBackedUp}, At("2026-11-27T10:00:00+01:00"), kRep).ok());
  EXPECT_EQ(order.site_readiness.size(), before);  // the first confirmation stands
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  Advance(order, Installed(), At("2026-12-01T09:30:00+01:00"));
  EXPECT_EQ(ConfirmSiteItems(order, {SiteItem::kSystemBackedUp}, kThursday, kRep).error().code,
            ErrorCode::kFailedPrecondition);
}

// --- Plausibility of the instants (ORD-004, ORD-010) ---

TEST(OrderPlausibility, ORD_004_ANewAppointmentLiesInTheFuture) {
  ProductOrder order = Ready();
  Error now = Refusal(order, Appointment("2026-11-26T10:00:00+01:00"));  // exactly now
  EXPECT_EQ(now.rule, "ORD-004");
  EXPECT_EQ(now.field, "appointmentDate");
}

TEST(OrderPlausibility, ORD_004_AMovedAppointmentLiesInTheFutureUnderTheSameGates) {
  ProductOrder order = Ready();
  EXPECT_EQ(MoveAppointment(order, At("2026-12-02T09:00:00+01:00"), kThursday, kStaff).error().rule,
            "ORD-004");  // none to move yet
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  const Instant later = At("2026-12-01T08:00:00+01:00");
  EXPECT_EQ(MoveAppointment(order, At("2026-12-01T07:30:00+01:00"), later, kStaff).error().rule, "ORD-004");  // past
  EXPECT_EQ(MoveAppointment(order, At("2026-12-05T10:00:00+01:00"), later, kStaff).error().rule, "ORD-006");  // Sat
  EXPECT_EQ(order.appointment_at, At("2026-12-01T09:00:00+01:00"));  // unchanged
  ASSERT_TRUE(MoveAppointment(order, At("2027-01-12T14:00:00+01:00"), later, kStaff).ok());
  EXPECT_EQ(order.appointment_at, At("2027-01-12T14:00:00+01:00"));
  EXPECT_EQ(order.target_activation_date, Day("2027-01-12"));  // not activated before installed
  EXPECT_EQ(order.history.back().milestone, M::kAppointmentSet);
  EXPECT_EQ(order.milestone, M::kAppointmentSet);
}

TEST(OrderPlausibility, ORD_010_TheLineIsNotInstalledBeforeItsAppointment) {
  ProductOrder order = Ready();
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  Error early = Refusal(order, Installed(), At("2026-12-01T08:59:00+01:00"));
  EXPECT_EQ(early.rule, "ORD-010");
  Advance(order, Installed(), At("2026-12-01T09:00:00+01:00"));
}

// --- ORD-007: implementation outside Business Hours on quote ---

QuoteDraft OutOfHours(std::int64_t cents = 30000) {
  return {QuoteKind::kOutOfHoursImplementation, Cents(cents), "installation on Saturday morning", std::nullopt};
}

TEST(OutOfHours, ORD_007_AnAppointmentOutsideBusinessHoursNeedsAnApprovedQuote) {
  ProductOrder order = Ready();
  const OrderStep saturday = Appointment("2026-12-05T10:00:00+01:00");
  EXPECT_EQ(Refusal(order, saturday).rule, "ORD-006");  // no quote: Business Hours only
  auto id = SendOutOfHoursQuote(order, OutOfHours(), kThursday);
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(Refusal(order, saturday).rule, "ORD-007");  // sent, not approved yet
  EXPECT_TRUE(AdditionalCharges(order).empty());        // a sent quote is not charged
  ASSERT_TRUE(AnswerQuote(order, *id, QuoteStatus::kApproved, kThursday, kRep).ok());
  Advance(order, saturday);
  ASSERT_EQ(AdditionalCharges(order).size(), 1u);
  EXPECT_EQ(AdditionalCharges(order)[0].rule, "ORD-007");
  EXPECT_EQ(AdditionalChargesTotal(order), Cents(30000));
}

TEST(OutOfHours, ORD_007_ADeclinedQuoteKeepsImplementationInBusinessHoursAndCostsNothing) {
  ProductOrder order = Ready();
  auto id = SendOutOfHoursQuote(order, OutOfHours(), kThursday);
  ASSERT_TRUE(AnswerQuote(order, *id, QuoteStatus::kDeclined, kThursday, kRep).ok());
  EXPECT_EQ(Refusal(order, Appointment("2026-12-05T10:00:00+01:00")).rule, "ORD-006");
  EXPECT_EQ(AdditionalChargesTotal(order), Cents(0));
  EXPECT_EQ(AnswerQuote(order, *id, QuoteStatus::kApproved, kThursday, kRep).error().code,
            ErrorCode::kFailedPrecondition);  // answered once
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
}

TEST(OutOfHours, ORD_007_AQuoteStatesAPositiveAmountAndWhatItIsFor) {
  ProductOrder order = Ready();
  EXPECT_EQ(SendOutOfHoursQuote(order, OutOfHours(0), kThursday).error().field, "quote.amountCents");
  QuoteDraft no_reason = OutOfHours();
  no_reason.reason.clear();
  EXPECT_EQ(SendOutOfHoursQuote(order, no_reason, kThursday).error().field, "quote.reason");
  QuoteDraft works = OutOfHours();
  works.kind = QuoteKind::kClientBuildingWorks;
  EXPECT_EQ(SendOutOfHoursQuote(order, works, kThursday).error().field, "quote.kind");
  EXPECT_EQ(AnswerQuote(order, 7, QuoteStatus::kApproved, kThursday, kRep).error().field, "quoteAnswer.id");
  EXPECT_TRUE(order.quotes.empty());
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  EXPECT_EQ(SendOutOfHoursQuote(order, OutOfHours(), kThursday).error().rule, "ORD-007");  // after the appointment
}

// --- ORD-025, ORD-028 to ORD-032: infrastructure works ---

// An order without a compatible line, its RFD issued for 2027-01-15, ready otherwise.
ProductOrder AfterRfd() {
  ProductOrder order = Bare("internet-pro-plus", LinePresence::kNoCompatibleLine);
  MakeReady(order, kThursday);
  Advance(order, StepTo(M::kSiteSurvey));
  OrderStep rfd = StepTo(M::kRfdIssued);
  rfd.target_activation_date = Day("2027-01-15");
  Advance(order, rfd);
  return order;
}

WorksDraft ClientBuildingByClient() {
  WorksDraft d;
  d.location = WorksLocation::kClientBuilding;
  d.performer = WorksPerformer::kClient;
  d.description = "cat 5e cabling from the basement to the 2nd floor";
  d.expected_completion = Day("2026-12-10");
  return d;
}

WorksDraft ClientBuildingByProximus() {
  WorksDraft d;
  d.location = WorksLocation::kClientBuilding;
  d.performer = WorksPerformer::kProximus;
  d.description = "riser cabling to the 2nd floor";
  d.quote_amount = Cents(85000);
  d.target_activation_date = Day("2027-02-05");
  return d;
}

WorksDraft PublicDomain() {
  WorksDraft d;
  d.location = WorksLocation::kPublicDomain;
  d.performer = WorksPerformer::kProximus;
  d.description = "a trench under the street needs a permit of the municipality";
  d.quote_amount = Cents(240000);
  d.target_activation_date = Day("2027-03-15");
  return d;
}

TEST(InfrastructureWorks, ORD_025_ORD_027_WorksComeFromTheRfdOfASiteWithoutACompatibleLine) {
  ProductOrder compatible = Ready();
  EXPECT_EQ(RecordWorks(compatible, ClientBuildingByClient(), kThursday).error().rule, "ORD-025");
  ProductOrder surveyed = Bare("internet-pro-plus", LinePresence::kNoCompatibleLine);
  Advance(surveyed, StepTo(M::kSiteSurvey));
  EXPECT_EQ(RecordWorks(surveyed, ClientBuildingByClient(), kThursday).error().rule, "ORD-027");  // no RFD yet
  EXPECT_TRUE(surveyed.works.empty());
}

TEST(InfrastructureWorks, ORD_028_TheAppointmentWaitsForTheClientsCompletionNotice) {
  ProductOrder order = AfterRfd();
  WorksDraft undated = ClientBuildingByClient();
  undated.expected_completion.reset();  // the Client may state the date later
  auto recorded = RecordWorks(order, undated, kThursday);
  ASSERT_TRUE(recorded.ok());
  EXPECT_EQ(recorded->quote_id, 0);  // its own works: no quote
  Error waiting = Refusal(order, Appointment("2027-01-12T09:00:00+01:00"));
  EXPECT_EQ(waiting.rule, "ORD-028");
  EXPECT_NE(waiting.message.find("has not stated when"), std::string::npos);
  EXPECT_EQ(SetExpectedCompletion(order, recorded->works_id, Day("2026-11-25"), kThursday).error().rule, "ORD-028");
  ASSERT_TRUE(SetExpectedCompletion(order, recorded->works_id, Day("2026-12-10"), kThursday).ok());
  EXPECT_NE(Refusal(order, Appointment("2027-01-12T09:00:00+01:00")).message.find("expected 2026-12-10"),
            std::string::npos);
  ASSERT_TRUE(NotifyWorksCompleted(order, recorded->works_id, At("2026-12-09T16:00:00+01:00")).ok());
  EXPECT_EQ(NotifyWorksCompleted(order, recorded->works_id, kThursday).error().code, ErrorCode::kFailedPrecondition);
  Advance(order, Appointment("2027-01-12T09:00:00+01:00"));
  EXPECT_EQ(AdditionalChargesTotal(order), Cents(0));  // the Client's own works cost Proximus nothing
}

TEST(InfrastructureWorks, ORD_029_ProximusWorksAreQuotedFirstAndTheApprovalFixesCostAndLeadTime) {
  ProductOrder order = AfterRfd();
  WorksDraft unquoted = ClientBuildingByProximus();
  unquoted.quote_amount.reset();
  EXPECT_EQ(RecordWorks(order, unquoted, kThursday).error().field, "infrastructureWorks.quote.amountCents");
  WorksDraft undated = ClientBuildingByProximus();
  undated.target_activation_date.reset();
  EXPECT_EQ(RecordWorks(order, undated, kThursday).error().field, "infrastructureWorks.quote.targetActivationDate");
  EXPECT_TRUE(order.quotes.empty());

  auto recorded = RecordWorks(order, ClientBuildingByProximus(), kThursday);
  ASSERT_TRUE(recorded.ok());
  ASSERT_NE(recorded->quote_id, 0);
  EXPECT_EQ(FindQuote(order, recorded->quote_id)->kind, QuoteKind::kClientBuildingWorks);
  EXPECT_EQ(Refusal(order, Appointment("2027-02-01T09:00:00+01:00")).rule, "ORD-029");  // not before approval
  EXPECT_EQ(order.target_activation_date, Day("2027-01-15"));
  ASSERT_TRUE(AnswerQuote(order, recorded->quote_id, QuoteStatus::kApproved, kThursday, kRep).ok());
  EXPECT_EQ(order.target_activation_date, Day("2027-02-05"));  // the new lead time
  ASSERT_EQ(AdditionalCharges(order).size(), 1u);
  EXPECT_EQ(AdditionalCharges(order)[0],
            (OrderCharge{"clientBuildingWorks", "ORD-029", "riser cabling to the 2nd floor", Cents(85000), 1}));
  Advance(order, Appointment("2027-02-01T09:00:00+01:00"));
}

TEST(InfrastructureWorks, ORD_029_AQuoteWhoseDateHasPassedCannotBeApproved) {
  ProductOrder order = AfterRfd();
  auto recorded = RecordWorks(order, ClientBuildingByProximus(), kThursday);  // activation by 2027-02-05
  ASSERT_TRUE(recorded.ok());
  const Instant too_late = kThursday + std::chrono::days(80);  // 2027-02-14
  auto approved = AnswerQuote(order, recorded->quote_id, QuoteStatus::kApproved, too_late, kRep);
  ASSERT_FALSE(approved.ok());
  EXPECT_EQ(approved.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(approved.error().rule, "ORD-029");
  EXPECT_EQ(FindQuote(order, recorded->quote_id)->status, QuoteStatus::kSent);  // unchanged
  EXPECT_EQ(order.target_activation_date, Day("2027-01-15"));
  EXPECT_TRUE(AnswerQuote(order, recorded->quote_id, QuoteStatus::kDeclined, too_late, kRep).ok());
}

TEST(InfrastructureWorks, ORD_029_ADeclinedQuoteBlocksUntilTheClientDoesTheWorksItself) {
  ProductOrder order = AfterRfd();
  auto recorded = RecordWorks(order, ClientBuildingByProximus(), kThursday);
  ASSERT_TRUE(AnswerQuote(order, recorded->quote_id, QuoteStatus::kDeclined, kThursday, kRep).ok());
  Error declined = Refusal(order, Appointment("2027-01-12T09:00:00+01:00"));
  EXPECT_EQ(declined.rule, "ORD-029");
  EXPECT_NE(declined.message.find("Client's own"), std::string::npos);
  EXPECT_EQ(order.target_activation_date, Day("2027-01-15"));  // a declined quote changes no date
  EXPECT_EQ(AdditionalChargesTotal(order), Cents(0));          // nor any charge
  auto own = RecordWorks(order, ClientBuildingByClient(), kThursday);
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(Refusal(order, Appointment("2027-01-12T09:00:00+01:00")).rule, "ORD-028");
  ASSERT_TRUE(NotifyWorksCompleted(order, own->works_id, kThursday).ok());
  Advance(order, Appointment("2027-01-12T09:00:00+01:00"));
}

TEST(InfrastructureWorks, ORD_030_ORD_031_ORD_032_PublicDomainWorksAreProximusWithCauseExtentAndQuote) {
  ProductOrder order = AfterRfd();
  WorksDraft by_client = PublicDomain();
  by_client.performer = WorksPerformer::kClient;
  by_client.quote_amount.reset();
  by_client.target_activation_date.reset();
  EXPECT_EQ(RecordWorks(order, by_client, kThursday).error().rule, "ORD-030");
  WorksDraft no_cause = PublicDomain();
  no_cause.description.clear();
  auto missing_cause = RecordWorks(order, no_cause, kThursday);
  EXPECT_EQ(missing_cause.error().rule, "ORD-032");
  EXPECT_EQ(missing_cause.error().field, "infrastructureWorks.description");
  WorksDraft past = PublicDomain();
  past.target_activation_date = Day("2026-11-26");
  EXPECT_EQ(RecordWorks(order, past, kThursday).error().field, "infrastructureWorks.quote.targetActivationDate");

  auto recorded = RecordWorks(order, PublicDomain(), kThursday);
  ASSERT_TRUE(recorded.ok());
  EXPECT_EQ(FindQuote(order, recorded->quote_id)->kind, QuoteKind::kPublicDomainWorks);
  EXPECT_EQ(Refusal(order, Appointment("2027-03-10T09:00:00+01:00")).rule, "ORD-032");
  ASSERT_TRUE(AnswerQuote(order, recorded->quote_id, QuoteStatus::kApproved, kThursday, kRep).ok());
  EXPECT_EQ(order.target_activation_date, Day("2027-03-15"));  // ORD-031: the delay
  EXPECT_EQ(AdditionalCharges(order).at(0).rule, "ORD-032");
  Advance(order, Appointment("2027-03-10T09:00:00+01:00"));
}

TEST(InfrastructureWorks, ORD_032_ADeclinedPublicDomainQuoteLeavesNoWayButANewQuoteOrCancelling) {
  ProductOrder order = AfterRfd();
  auto first = RecordWorks(order, PublicDomain(), kThursday);
  ASSERT_TRUE(AnswerQuote(order, first->quote_id, QuoteStatus::kDeclined, kThursday, kRep).ok());
  Error e = Refusal(order, Appointment("2027-03-10T09:00:00+01:00"));
  EXPECT_EQ(e.rule, "ORD-032");
  EXPECT_NE(e.message.find("cancel the order"), std::string::npos);
  WorksDraft cheaper = PublicDomain();
  cheaper.quote_amount = Cents(180000);
  auto second = RecordWorks(order, cheaper, kThursday);
  ASSERT_TRUE(AnswerQuote(order, second->quote_id, QuoteStatus::kApproved, kThursday, kRep).ok());
  Advance(order, Appointment("2027-03-10T09:00:00+01:00"));
  EXPECT_EQ(AdditionalChargesTotal(order), Cents(180000));  // only the approved one
}

// --- ORD-034 to ORD-036: late activation ---

// Confirmed on Thursday 26 November 2026 with the target 24 December (ORD-022).
ProductOrder Confirmed() {
  ProductOrder order = Ready();
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  return order;
}

TEST(LateActivation, ORD_034_AnOrderIsLateAfterItsTargetDateUntilActivated) {
  ProductOrder order = Confirmed();
  ASSERT_EQ(order.target_activation_date, Day("2026-12-24"));
  EXPECT_FALSE(IsLate(order, Day("2026-12-24")));
  EXPECT_TRUE(IsLate(order, Day("2026-12-28")));
  order.activated_at = At("2026-12-28T10:00:00+01:00");
  EXPECT_FALSE(IsLate(order, Day("2026-12-29")));
  EXPECT_FALSE(IsLate(Bare(), Day("2030-01-01")));  // no target date yet
}

TEST(LateActivation, ORD_034_TheDelayCountsBusinessDays) {
  struct Case {
    const char* target;
    const char* today;
    int days;
  };
  const Case cases[] = {
      {"2026-12-24", "2026-12-24", 0}, {"2026-12-24", "2026-12-25", 0},  // Christmas (U-09)
      {"2026-12-24", "2026-12-28", 1}, {"2026-12-24", "2027-01-04", 5},  // 1 January
      {"2026-12-04", "2026-12-07", 1}, {"2026-12-24", "2026-12-20", 0},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(BusinessDaysLate(Day(c.target), Day(c.today)), c.days) << c.target << " -> " << c.today;
  }
}

TEST(LateActivation, ORD_034_TheWatchAnnouncesOncePerTargetDate) {
  ProductOrder order = Confirmed();
  EXPECT_EQ(AnnounceLateness(order, At("2026-12-24T12:00:00+01:00")).error().rule, "ORD-034");  // not late yet
  auto notice = AnnounceLateness(order, At("2026-12-29T08:00:00+01:00"));
  ASSERT_TRUE(notice.ok());
  EXPECT_EQ(notice->missed_target, Day("2026-12-24"));
  EXPECT_EQ(notice->business_days_late, 2);
  EXPECT_TRUE(notice->reason.empty());  // reasons to follow
  EXPECT_FALSE(notice->by.valid());
  EXPECT_TRUE(LatenessAnnounced(order));
  EXPECT_FALSE(AnnounceLateness(order, At("2026-12-30T08:00:00+01:00")).ok());  // once
  EXPECT_EQ(order.late_notices.size(), 1u);
}

TEST(LateActivation, ORD_035_StaffGiveTheReasonsAndANewPlannedDate) {
  ProductOrder order = Confirmed();
  const Instant now = At("2026-12-29T10:00:00+01:00");
  EXPECT_EQ(RescheduleLateOrder(order, Day("2027-01-12"), "", now, kStaff).error().field, "lateActivation.reason");
  for (const char* bad : {"2026-12-29", "2027-01-09", "2027-01-01"}) {  // today, Saturday, holiday
    auto e = RescheduleLateOrder(order, Day(bad), "CPE out of stock", now, kStaff);
    ASSERT_FALSE(e.ok()) << bad;
    EXPECT_EQ(e.error().rule, "ORD-035");
    EXPECT_EQ(e.error().field, "lateActivation.newPlannedDate");
  }
  auto notice = RescheduleLateOrder(order, Day("2027-01-12"), "CPE out of stock", now, kStaff);
  ASSERT_TRUE(notice.ok());
  EXPECT_EQ(notice->reason, "CPE out of stock");
  EXPECT_EQ(notice->new_date, Day("2027-01-12"));
  EXPECT_EQ(notice->business_days_late, 2);
  EXPECT_EQ(order.target_activation_date, Day("2027-01-12"));
  EXPECT_FALSE(IsLate(order, BrusselsDay(now)));
  // Not late any more: a reschedule now is refused.
  EXPECT_EQ(RescheduleLateOrder(order, Day("2027-01-14"), "again", now, kStaff).error().rule, "ORD-034");
  // The new date passes too: the watch announces it, with the known reason.
  auto again = AnnounceLateness(order, At("2027-01-13T08:00:00+01:00"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->missed_target, Day("2027-01-12"));
  EXPECT_EQ(again->reason, "CPE out of stock");
}

TEST(LateActivation, ORD_036_LatenessNeverCreatesAChargeOrACredit) {
  ProductOrder order = Ready();
  auto quote = SendOutOfHoursQuote(order, OutOfHours(), kThursday);
  ASSERT_TRUE(AnswerQuote(order, *quote, QuoteStatus::kApproved, kThursday, kRep).ok());
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  const std::vector<OrderCharge> before = AdditionalCharges(order);
  ASSERT_TRUE(AnnounceLateness(order, At("2027-01-04T08:00:00+01:00")).ok());
  ASSERT_TRUE(
      RescheduleLateOrder(order, Day("2027-01-20"), "permit delayed", At("2027-01-04T09:00:00+01:00"), kStaff).ok());
  ASSERT_TRUE(AnnounceLateness(order, At("2027-02-01T08:00:00+01:00")).ok());
  EXPECT_EQ(AdditionalCharges(order), before);
  EXPECT_EQ(AdditionalChargesTotal(order), Cents(30000));
  EXPECT_FALSE(order.rush);  // and no fee decision appears
}

// --- CAT-088, CAT-089: indoor coverage of mobile backup ---

ProductOrder WithMobileBackup() {
  OrderIntake intake = Intake("internet-pro-plus");
  intake.request.options.push_back({"mobile-backup", {}});
  intake.request.options.push_back({"ip-pack", {{"ipv4BlockSize", std::int64_t{8}}}});
  ProductOrder order = OpenOrder(OrderCatalog(), intake, kThursday, kStaff);
  MakeReady(order, kThursday);
  return order;
}

const Cents kAntenna(kIndoorAntennaCents);

TEST(MobileBackupCoverage, CAT_088_AntennasAreAPaidOptionOnceCoverageIsNotAssured) {
  ProductOrder without = Ready();
  EXPECT_EQ(RecordCoverageNotAssured(without, kThursday).error().rule, "CAT-088");
  ProductOrder order = WithMobileBackup();
  EXPECT_EQ(InstallIndoorAntennas(order, 1, kAntenna, kThursday).error().rule,
            "CAT-088");  // coverage not found lacking
  ASSERT_TRUE(RecordCoverageNotAssured(order, kThursday).ok());
  EXPECT_EQ(InstallIndoorAntennas(order, 0, kAntenna, kThursday).error().field, "mobileBackup.antennasInstalled");
  ASSERT_TRUE(InstallIndoorAntennas(order, 2, kAntenna, kThursday).ok());
  ASSERT_EQ(AdditionalCharges(order).size(), 1u);
  EXPECT_EQ(AdditionalCharges(order)[0].rule, "CAT-088");
  EXPECT_EQ(AdditionalChargesTotal(order), kAntenna * 2);
  ASSERT_TRUE(RecordAntennaResult(order, IndoorCoverage::kCoveredByAntennas, kThursday).ok());
  EXPECT_TRUE(HasMobileBackup(order));
}

TEST(MobileBackupCoverage, CAT_089_WhenAntennasGiveNoCoverageTheOptionLeavesTheOrderWithoutCompensation) {
  ProductOrder order = WithMobileBackup();
  ASSERT_TRUE(RecordCoverageNotAssured(order, kThursday).ok());
  EXPECT_EQ(RecordAntennaResult(order, IndoorCoverage::kNotCovered, kThursday).error().rule, "CAT-089");  // no antenna
  ASSERT_TRUE(InstallIndoorAntennas(order, 1, kAntenna, kThursday).ok());
  EXPECT_EQ(RecordAntennaResult(order, IndoorCoverage::kNotAssured, kThursday).error().field,
            "mobileBackup.indoorCoverage");
  ASSERT_TRUE(RecordAntennaResult(order, IndoorCoverage::kNotCovered, kThursday).ok());
  EXPECT_FALSE(HasMobileBackup(order));
  ASSERT_EQ(order.request.options.size(), 1u);
  EXPECT_EQ(order.request.options[0].id, "ip-pack");   // the other options stay
  EXPECT_EQ(AdditionalChargesTotal(order), kAntenna);  // the antenna stays charged, nothing is credited
  EXPECT_EQ(order.mobile_backup.status, IndoorCoverage::kNotCovered);
  // The line goes on to activation without the option.
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  Advance(order, Installed(), At("2026-12-01T10:00:00+01:00"));
  Advance(order, StepTo(M::kActivated), At("2026-12-01T15:00:00+01:00"));
  EXPECT_EQ(RecordCoverageNotAssured(order, kThursday).error().code, ErrorCode::kFailedPrecondition);
}

TEST(OrderNames, ImplementationValuesRoundTrip) {
  for (int i = 0; i < kSiteItemCount; ++i) {
    auto item = static_cast<SiteItem>(i);
    EXPECT_EQ(ParseSiteItem(ToString(item)), item);
    EXPECT_EQ(RuleOf(item), "SITE-00" + std::to_string(i + 1));
  }
  for (QuoteKind k :
       {QuoteKind::kOutOfHoursImplementation, QuoteKind::kClientBuildingWorks, QuoteKind::kPublicDomainWorks}) {
    EXPECT_EQ(ParseQuoteKind(ToString(k)), k);
  }
  for (QuoteStatus s : {QuoteStatus::kSent, QuoteStatus::kApproved, QuoteStatus::kDeclined}) {
    EXPECT_EQ(ParseQuoteStatus(ToString(s)), s);
  }
  for (IndoorCoverage c : {IndoorCoverage::kNotChecked, IndoorCoverage::kNotAssured, IndoorCoverage::kCoveredByAntennas,
                           IndoorCoverage::kNotCovered}) {
    EXPECT_EQ(ParseIndoorCoverage(ToString(c)), c);
  }
  EXPECT_EQ(ParseWorksLocation("publicDomain"), WorksLocation::kPublicDomain);
  EXPECT_EQ(ParseWorksPerformer("proximus"), WorksPerformer::kProximus);
  EXPECT_FALSE(ParseSiteItem("SITE-001"));
}

}  // namespace
}  // namespace bizline::testing
