// The implementation phase as a state machine: the allowed moves, the target activation date
// (ORD-022, ORD-024, ORD-027, ORD-045), Business Hours for appointments (ORD-006, U-01), and the
// Rush Provisioning answer and fee decision (ORD-040 to ORD-049).
#include "domain/ordering/order_lifecycle.h"

#include "domain/ordering/order_dates.h"
#include "order_test_support.h"

namespace bizline::testing {
namespace {

using M = OrderMilestone;

const Instant kThursday = At("2026-11-26T10:00:00+01:00");
const UserId kStaff(3);

// An order ready for its appointment and installation (contact, Annex 1 checklist): the
// prerequisites themselves are tested in order_implementation_test.cpp.
ProductOrder Open(OrderIntake intake, Instant at = kThursday) {
  ProductOrder order = OpenOrder(OrderCatalog(), intake, at, kStaff);
  MakeReady(order, at);
  return order;
}

OrderStep To(M milestone) { return StepTo(milestone); }

OrderStep Appointment(const std::string& when) {
  OrderStep step = To(M::kAppointmentSet);
  step.appointment = At(when);
  return step;
}

void Advance(ProductOrder& order, const OrderStep& step, Instant now = kThursday) {
  auto result = AdvanceOrder(order, step, now, kStaff);
  ASSERT_TRUE(result.ok()) << ToString(step.to) << ": " << result.error().message;
}

// ORD-010: installed at the appointment.
void Install(ProductOrder& order) { Advance(order, To(M::kInstalled), *order.appointment_at); }

TEST(OrderDates, U_02_ORD_022_TwentyBusinessDaysSkipWeekendsAndBelgianHolidays) {
  EXPECT_EQ(StandardTargetActivation(Day("2026-11-26")), Day("2026-12-24"));
  // 25 December and 1 January are holidays (U-09): Dec 21 + 20 BD lands on 20 January.
  EXPECT_EQ(StandardTargetActivation(Day("2026-12-21")), Day("2027-01-20"));
  EXPECT_EQ(RushFeasibilityDue(Day("2026-12-24")), Day("2026-12-29"));  // ORD-042 over Christmas
}

TEST(OrderDates, U_01_BusinessHoursAreWeekdaysEightToSixBrusselsTime) {
  EXPECT_TRUE(InBusinessHours(At("2026-12-01T08:00:00+01:00")));
  EXPECT_TRUE(InBusinessHours(At("2026-07-01T17:59:00+02:00")));  // summer time
  EXPECT_FALSE(InBusinessHours(At("2026-07-01T18:00:00+02:00")));
  EXPECT_FALSE(InBusinessHours(At("2026-12-01T07:59:00+01:00")));
  EXPECT_FALSE(InBusinessHours(At("2026-11-28T10:00:00+01:00")));  // Saturday
  EXPECT_FALSE(InBusinessHours(At("2026-11-11T10:00:00+01:00")));  // Armistice (U-09)
}

TEST(OrderLifecycle, ORD_022_WithACompatibleLineTheFullPathRunsToCompletion) {
  ProductOrder order = Open(Intake("internet-pro-plus"));
  EXPECT_EQ(NextMilestones(order), (std::vector<M>{M::kAppointmentSet, M::kCancelled, M::kRejected}));
  auto confirmed = AdvanceOrder(order, Appointment("2026-12-01T09:00:00+01:00"), kThursday, kStaff);
  ASSERT_TRUE(confirmed.ok());
  EXPECT_EQ(*confirmed, StepEffect::kConfirmed);               // ORD-005: written confirmation
  EXPECT_EQ(order.target_activation_date, Day("2026-12-24"));  // ORD-022: 20 BD after confirmation
  EXPECT_EQ(order.state(), OrderState::kInProgress);
  Install(order);  // ORD-010, ORD-011
  auto activated = AdvanceOrder(order, To(M::kActivated), At("2026-12-02T11:00:00+01:00"), kStaff);
  ASSERT_TRUE(activated.ok());
  EXPECT_EQ(*activated, StepEffect::kActivated);                   // ORD-016, ORD-020
  EXPECT_EQ(order.activated_at, At("2026-12-02T11:00:00+01:00"));  // U-11 Activation Date
  Advance(order, To(M::kTested));                                  // ORD-018
  Advance(order, To(M::kCompleted));
  EXPECT_EQ(order.state(), OrderState::kCompleted);
  std::vector<M> path;
  for (const OrderEvent& e : order.history) path.push_back(e.milestone);
  EXPECT_EQ(path, (std::vector<M>{M::kAcknowledged, M::kAppointmentSet, M::kInstalled, M::kActivated, M::kTested,
                                  M::kCompleted}));
  EXPECT_TRUE(NextMilestones(order).empty());
}

TEST(OrderLifecycle, ORD_023_ORD_026_WithoutACompatibleLineSiteSurveyAndRfdComeFirst) {
  ProductOrder order = Open(Intake("internet-pro-plus", LinePresence::kNoCompatibleLine));
  auto early = AdvanceOrder(order, Appointment("2026-12-01T09:00:00+01:00"), kThursday, kStaff);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().rule, "ORD-026");
  EXPECT_EQ(order.milestone, M::kAcknowledged);  // unchanged
  Advance(order, To(M::kSiteSurvey));            // ORD-026
  EXPECT_FALSE(order.target_activation_date);    // not known before the RFD (ORD-023)
  OrderStep rfd = To(M::kRfdIssued);             // ORD-027, U-35: the RFD states the date
  rfd.target_activation_date = Day("2027-02-15");
  Advance(order, rfd);
  EXPECT_EQ(order.target_activation_date, Day("2027-02-15"));
  Advance(order, Appointment("2027-02-10T14:00:00+01:00"));
  EXPECT_EQ(order.target_activation_date, Day("2027-02-15"));  // ORD-033: the RFD's date stands
}

TEST(OrderLifecycle, ORD_024_AnRfdWithoutADateTargetsTwentyBusinessDaysAfterIt) {
  ProductOrder order = Open(Intake("internet-pro-plus", LinePresence::kNoCompatibleLine));
  Advance(order, To(M::kSiteSurvey));
  Advance(order, To(M::kRfdIssued));
  EXPECT_EQ(order.target_activation_date, Day("2026-12-24"));
}

TEST(OrderLifecycle, ORD_027_TheRfdDateIsABusinessDayFromTodayOn) {
  ProductOrder order = Open(Intake("internet-pro-plus", LinePresence::kNoCompatibleLine));
  Advance(order, To(M::kSiteSurvey));
  for (const char* day : {"2026-11-25", "2026-11-28", "2026-12-25"}) {  // past, Saturday, Christmas
    OrderStep rfd = To(M::kRfdIssued);
    rfd.target_activation_date = Day(day);
    auto result = AdvanceOrder(order, rfd, kThursday, kStaff);
    ASSERT_FALSE(result.ok()) << day;
    EXPECT_EQ(result.error().rule, "ORD-027");
    EXPECT_EQ(result.error().field, "targetActivationDate");
  }
}

TEST(OrderLifecycle, ORD_022_ASiteSurveyIsOnlyForOrdersWithoutACompatibleLine) {
  ProductOrder order = Open(Intake("internet-pro-plus"));
  auto result = AdvanceOrder(order, To(M::kSiteSurvey), kThursday, kStaff);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(result.error().rule, "ORD-022");
}

TEST(OrderLifecycle, ORD_004_ORD_006_TheAppointmentIsGivenInBusinessHoursAndNotInThePast) {
  ProductOrder order = Open(Intake("internet-pro-plus"));
  auto missing = AdvanceOrder(order, To(M::kAppointmentSet), kThursday, kStaff);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().rule, "ORD-004");
  auto past = AdvanceOrder(order, Appointment("2026-11-25T10:00:00+01:00"), kThursday, kStaff);
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.error().rule, "ORD-004");
  for (const char* when : {"2026-12-01T19:00:00+01:00", "2026-11-28T10:00:00+01:00", "2026-12-25T10:00:00+01:00"}) {
    auto result = AdvanceOrder(order, Appointment(when), kThursday, kStaff);
    ASSERT_FALSE(result.ok()) << when;
    EXPECT_EQ(result.error().rule, "ORD-006") << when;
    EXPECT_EQ(result.error().field, "appointmentDate");
  }
  EXPECT_EQ(order.milestone, M::kAcknowledged);
  EXPECT_EQ(order.history.size(), 1u);
}

TEST(OrderLifecycle, AnAppointmentAfterTheLeadTimeMovesTheTargetToTheAppointmentDay) {
  ProductOrder order = Open(Intake("internet-pro-plus"));
  Advance(order, Appointment("2027-01-12T09:00:00+01:00"));
  EXPECT_EQ(order.target_activation_date, Day("2027-01-12"));
}

TEST(OrderLifecycle, CON_007_NoCancellationOnceTheServiceIsActivated) {
  ProductOrder order = Open(Intake("internet-pro-plus"));
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  Install(order);
  Advance(order, To(M::kActivated));
  OrderStep cancel = To(M::kCancelled);
  cancel.note = "changed our mind";
  auto result = AdvanceOrder(order, cancel, kThursday, kStaff);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().rule, "CON-007");
}

TEST(OrderLifecycle, CancellingOrRejectingNeedsAReasonAndClosesTheOrder) {
  ProductOrder order = Open(Intake("internet-pro-plus"));
  EXPECT_FALSE(AdvanceOrder(order, To(M::kCancelled), kThursday, kStaff).ok());
  OrderStep cancel = To(M::kCancelled);
  cancel.note = "customer withdrew";
  Advance(order, cancel);
  EXPECT_EQ(order.state(), OrderState::kCancelled);
  EXPECT_EQ(order.history.back().note, "customer withdrew");
  EXPECT_FALSE(AdvanceOrder(order, Appointment("2026-12-01T09:00:00+01:00"), kThursday, kStaff).ok());

  ProductOrder later = Open(Intake("internet-pro-plus"));
  Advance(later, Appointment("2026-12-01T09:00:00+01:00"));
  OrderStep reject = To(M::kRejected);
  reject.note = "too late";
  EXPECT_FALSE(AdvanceOrder(later, reject, kThursday, kStaff).ok());  // rejected only from acknowledged
}

TEST(OrderLifecycle, ORD_018_TestsComeAfterActivationAndBeforeCompletion) {
  ProductOrder order = Open(Intake("internet-pro-plus"));
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  Install(order);
  auto skip = AdvanceOrder(order, To(M::kCompleted), kThursday, kStaff);
  ASSERT_FALSE(skip.ok());
  EXPECT_EQ(skip.error().rule, "ORD-018");
}

// --- Rush Provisioning ---

ProductOrder RushOrder() { return Open(RushIntake("2026-12-10")); }

TEST(RushProvisioning, ORD_045_AnAcceptedRushOrderTargetsTheRfsDate) {
  ProductOrder order = RushOrder();
  ASSERT_TRUE(AnswerRushFeasibility(order, RushFeasibility::kAccepted, {}, kThursday).ok());
  EXPECT_EQ(order.target_activation_date, Day("2026-12-10"));
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  EXPECT_EQ(order.target_activation_date, Day("2026-12-10"));  // not the 20-BD date
  EXPECT_TRUE(RushAnsweredInTime(*order.rush, kThursday));     // ORD-042
}

TEST(RushProvisioning, ORD_042_AnAnswerAfterTwoBusinessDaysIsLate) {
  ProductOrder order = RushOrder();
  ASSERT_TRUE(AnswerRushFeasibility(order, RushFeasibility::kAccepted, {}, At("2026-12-01T09:00:00+01:00")).ok());
  EXPECT_FALSE(RushAnsweredInTime(*order.rush, kThursday));
}

TEST(RushProvisioning, ORD_043_ORD_044_ARefusalNamesItsReasonAndWaivesTheFee) {
  ProductOrder order = RushOrder();
  auto no_reason = AnswerRushFeasibility(order, RushFeasibility::kRefused, {}, kThursday);
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().rule, "ORD-043");
  ASSERT_TRUE(
      AnswerRushFeasibility(order, RushFeasibility::kRefused, RushRefusalReason::kSiteNotReady, kThursday).ok());
  EXPECT_EQ(order.rush->fee_decision, RushFeeDecision::kNotChargedRefused);  // ORD-044
  EXPECT_EQ(order.rush->ChargedFee(), Cents(0));
  EXPECT_FALSE(order.target_activation_date);  // ordinary installation: set at confirmation
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  EXPECT_EQ(order.target_activation_date, Day("2026-12-24"));
  auto again = AnswerRushFeasibility(order, RushFeasibility::kAccepted, {}, kThursday);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().rule, "ORD-042");
}

TEST(RushProvisioning, ORD_037_AnOrderWithoutRushHasNothingToAnswer) {
  ProductOrder order = Open(Intake("internet-pro-plus"));
  auto result = AnswerRushFeasibility(order, RushFeasibility::kAccepted, {}, kThursday);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().rule, "ORD-037");
}

// Takes an accepted rush order to installed.
ProductOrder InstalledAcceptedRush() {
  ProductOrder order = RushOrder();
  EXPECT_TRUE(AnswerRushFeasibility(order, RushFeasibility::kAccepted, {}, kThursday).ok());
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  Install(order);
  return order;
}

TEST(RushProvisioning, ORD_042_ARushOrderIsNotActivatedBeforeTheFeasibilityAnswer) {
  ProductOrder order = RushOrder();
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  Install(order);
  auto result = AdvanceOrder(order, To(M::kActivated), kThursday, kStaff);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().rule, "ORD-042");
}

TEST(RushProvisioning, ORD_047_TheFeeIsChargedWhenTheRfsDateIsMet) {
  ProductOrder order = InstalledAcceptedRush();
  Advance(order, To(M::kActivated), At("2026-12-10T17:00:00+01:00"));
  EXPECT_EQ(order.rush->fee_decision, RushFeeDecision::kCharged);
  EXPECT_EQ(order.rush->ChargedFee(), Cents(kRushFeeCents));
}

TEST(RushProvisioning, ORD_046_AMissedDateNeedsItsCause) {
  ProductOrder order = InstalledAcceptedRush();
  auto result = AdvanceOrder(order, To(M::kActivated), At("2026-12-11T10:00:00+01:00"), kStaff);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().rule, "ORD-046");
  EXPECT_EQ(result.error().field, "delayCause");
  EXPECT_EQ(order.milestone, M::kInstalled);
}

// ORD-048 and ORD-049: whose fault a missed RFS date was decides the fee.
struct MissCase {
  RushDelayCause cause;
  RushFeeDecision decision;
  std::int64_t charged;
  const char* rule;
};

TEST(RushProvisioning, ORD_048_ORD_049_AMissedDateChargesTheFeeUnlessProximusCausedIt) {
  const MissCase cases[] = {
      {RushDelayCause::kProximus, RushFeeDecision::kNotChargedMissedByProximus, 0, "ORD-048"},
      {RushDelayCause::kClient, RushFeeDecision::kCharged, kRushFeeCents, "ORD-049"},
      {RushDelayCause::kForceMajeure, RushFeeDecision::kCharged, kRushFeeCents, "ORD-049"},
      {RushDelayCause::kThirdParty, RushFeeDecision::kCharged, kRushFeeCents, "ORD-049"},
  };
  for (const MissCase& c : cases) {
    ProductOrder order = InstalledAcceptedRush();
    OrderStep step = To(M::kActivated);
    step.delay_cause = c.cause;
    Advance(order, step, At("2026-12-14T10:00:00+01:00"));
    EXPECT_EQ(order.rush->fee_decision, c.decision) << c.rule << " " << ToString(c.cause);
    EXPECT_EQ(order.rush->ChargedFee(), Cents(c.charged)) << c.rule;
    EXPECT_EQ(order.rush->delay_cause, c.cause);
  }
}

TEST(RushProvisioning, ORD_040_ORD_041_NoRushDecisionOnceTheServiceIsActivated) {
  ProductOrder order = RushOrder();
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  Install(order);
  order.milestone = M::kActivated;  // as if activated without rush, e.g. an order migrated from elsewhere
  auto result = AnswerRushFeasibility(order, RushFeasibility::kAccepted, {}, kThursday);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().rule, "ORD-040");
}

TEST(RushProvisioning, ARefusedRushOrderIsActivatedWithoutFee) {
  ProductOrder order = RushOrder();
  ASSERT_TRUE(
      AnswerRushFeasibility(order, RushFeasibility::kRefused, RushRefusalReason::kProductionCapacity, kThursday).ok());
  Advance(order, Appointment("2026-12-01T09:00:00+01:00"));
  Install(order);
  Advance(order, To(M::kActivated), At("2026-12-20T10:00:00+01:00"));  // after the RFS date: no cause needed
  EXPECT_EQ(order.rush->fee_decision, RushFeeDecision::kNotChargedRefused);
}

TEST(OrderNames, MilestonesAndStatesRoundTrip) {
  for (M m : {M::kAcknowledged, M::kSiteSurvey, M::kRfdIssued, M::kAppointmentSet, M::kInstalled, M::kActivated,
              M::kTested, M::kCompleted, M::kCancelled, M::kRejected}) {
    EXPECT_EQ(ParseOrderMilestone(ToString(m)), m);
    EXPECT_EQ(ParseOrderState(ToString(StateOf(m))), StateOf(m));
  }
  EXPECT_FALSE(ParseOrderMilestone("shipped"));
  EXPECT_FALSE(ParseCivilDay("2026-02-30"));
  EXPECT_EQ(FormatCivilDay(Day("2027-01-05")), "2027-01-05");
}

}  // namespace
}  // namespace bizline::testing
