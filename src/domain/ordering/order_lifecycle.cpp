#include "domain/ordering/order_lifecycle.h"

#include <algorithm>

#include "domain/calendar/brussels_time.h"
#include "domain/ordering/order_contacts.h"
#include "domain/ordering/order_dates.h"
#include "domain/ordering/order_quotes.h"
#include "domain/ordering/order_site_readiness.h"
#include "domain/ordering/order_works.h"

namespace bizline {
namespace {

using M = OrderMilestone;

std::string List(const std::vector<M>& milestones) {
  if (milestones.empty()) return "nothing (the order is closed)";
  std::string text;
  for (std::size_t i = 0; i < milestones.size(); ++i) {
    if (i > 0) text += ", ";
    text += ToString(milestones[i]);
  }
  return text;
}

// The rule a refused move breaks, so the error says why and not only that.
std::string RuleForRefusedMove(const ProductOrder& order, M to) {
  if (to == M::kCancelled && !IsFinal(order.milestone)) return "CON-007";
  if (to == M::kSiteSurvey) return "ORD-022";
  if (to == M::kAppointmentSet && order.line == LinePresence::kNoCompatibleLine) return "ORD-026";
  if (to == M::kActivated) return "ORD-016";
  if (to == M::kTested || to == M::kCompleted) return "ORD-018";
  return "ORD-003";
}

Error RefusedMove(const ProductOrder& order, M to) {
  std::string message = "an order at " + std::string(ToString(order.milestone)) + " can move to " +
                        List(NextMilestones(order)) + ", not to " + std::string(ToString(to));
  if (to == M::kCancelled && !IsFinal(order.milestone)) {
    message += ": the Service is activated and the Contract has taken effect, so ending it is a termination";
  } else if (to == M::kAppointmentSet && order.line == LinePresence::kNoCompatibleLine) {
    message += ": without a compatible line the site survey and the RFD come first";
  } else if (to == M::kSiteSurvey && order.line == LinePresence::kCompatibleLine) {
    message += ": a compatible line is present, so no site survey is needed";
  }
  Error e = Error::Precondition(message, RuleForRefusedMove(order, to));
  e.field = "state";
  return e;
}

// ORD-005, ORD-022, ORD-045: the date the written confirmation states.
void ConfirmTargetDate(ProductOrder& order, CivilDay confirmed, CivilDay appointment_day) {
  bool rush_accepted = order.rush && order.rush->feasibility == RushFeasibility::kAccepted;
  if (!rush_accepted && !order.target_activation_date) {
    order.target_activation_date = StandardTargetActivation(confirmed);  // ORD-022
  }
  // The Service cannot be activated before it is installed (Proposed): a later appointment
  // moves the target to the appointment day.
  if (*order.target_activation_date < appointment_day) order.target_activation_date = appointment_day;
}

// The gates of an installation appointment at `at`, set or moved.
Status CheckAppointment(const ProductOrder& order, std::optional<Instant> at, Instant now) {
  if (!at) {
    return Error::Invalid("appointmentDate", "an installation appointment needs its date and time", "ORD-004");
  }
  if (*at <= now) {
    return Error::Invalid("appointmentDate", "the installation appointment must lie in the future", "ORD-004");
  }
  if (!InBusinessHours(*at)) {
    if (HasQuote(order, QuoteKind::kOutOfHoursImplementation, QuoteStatus::kSent)) {
      return Error::Invalid("appointmentDate",
                            "the quote for implementation outside Business Hours awaits the Client's approval",
                            "ORD-007");
    }
    if (!HasQuote(order, QuoteKind::kOutOfHoursImplementation, QuoteStatus::kApproved)) {
      return Error::Invalid(
          "appointmentDate",
          "implementation takes place during Business Hours, Monday to Friday 08:00-18:00 Brussels time except "
          "Belgian public holidays (U-01); outside them only with an approved quote (ORD-007)",
          "ORD-006");
    }
  }
  if (!HasPhoneContact(order)) {
    return Error::Invalid("relatedParty.implementationContact",
                          "name at least one person the Client appoints to supervise the implementation, with a "
                          "phone number at which they can be reached throughout it",
                          "ORD-009");
  }
  return CheckWorksAllowAppointment(order);
}

Status SetAppointment(ProductOrder& order, const OrderStep& step, Instant now) {
  TRY(CheckAppointment(order, step.appointment, now));
  order.appointment_at = step.appointment;
  ConfirmTargetDate(order, BrusselsDay(now), BrusselsDay(*step.appointment));
  return Ok{};
}

Status IssueRfd(ProductOrder& order, const OrderStep& step, Instant now) {
  CivilDay today = BrusselsDay(now);
  CivilDay target = step.target_activation_date.value_or(StandardTargetActivation(today));  // ORD-024
  if (target < today || !IsBusinessDay(target)) {
    return Error::Invalid("targetActivationDate",
                          "the RFD's target activation date must be a business day (U-02) from today on", "ORD-027");
  }
  bool rush_accepted = order.rush && order.rush->feasibility == RushFeasibility::kAccepted;
  if (!rush_accepted) order.target_activation_date = target;  // U-35; ORD-045 keeps the RFS date
  return Ok{};
}

// ORD-010 and Annex 1: installed on or after the appointment, with the Site ready.
Status CheckInstallation(const ProductOrder& order, const OrderStep& step, Instant now) {
  if (order.appointment_at && now < *order.appointment_at) {
    return Error::Precondition(
        "the line cannot be installed before its appointment, " + FormatCivilDay(BrusselsDay(*order.appointment_at)),
        "ORD-010");
  }
  return CheckSiteReady(order, step.technology);
}

// ORD-046 to ORD-049: the fee decision when an accepted rush order is activated.
Status DecideRushFee(ProductOrder& order, const OrderStep& step, Instant now) {
  if (!order.rush) return Ok{};
  RushProvisioning& rush = *order.rush;
  if (rush.feasibility == RushFeasibility::kPending) {
    return Error::Precondition("answer the Rush Provisioning feasibility before activating the order", "ORD-042");
  }
  if (rush.feasibility == RushFeasibility::kRefused) return Ok{};  // decided at refusal (ORD-044)
  if (BrusselsDay(now) <= rush.requested_ready_for_service) {
    rush.fee_decision = RushFeeDecision::kCharged;  // ORD-047
    return Ok{};
  }
  if (!step.delay_cause) {
    return Error::Invalid("delayCause",
                          "the agreed RFS date " + FormatCivilDay(rush.requested_ready_for_service) +
                              " was missed: say whose fault it was (proximus, client, forceMajeure, thirdParty)",
                          "ORD-046");
  }
  rush.delay_cause = step.delay_cause;
  rush.fee_decision = *step.delay_cause == RushDelayCause::kProximus ? RushFeeDecision::kNotChargedMissedByProximus
                                                                     : RushFeeDecision::kCharged;  // ORD-048, ORD-049
  return Ok{};
}

}  // namespace

std::vector<OrderMilestone> NextMilestones(const ProductOrder& order) {
  switch (order.milestone) {
    case M::kAcknowledged:
      return {order.line == LinePresence::kCompatibleLine ? M::kAppointmentSet : M::kSiteSurvey, M::kCancelled,
              M::kRejected};
    case M::kSiteSurvey: return {M::kRfdIssued, M::kCancelled};
    case M::kRfdIssued: return {M::kAppointmentSet, M::kCancelled};
    case M::kAppointmentSet: return {M::kInstalled, M::kCancelled};
    case M::kInstalled: return {M::kActivated, M::kCancelled};
    case M::kActivated: return {M::kTested};
    case M::kTested: return {M::kCompleted};
    default: return {};
  }
}

Result<StepEffect> AdvanceOrder(ProductOrder& order, const OrderStep& step, Instant now, UserId by) {
  auto next = NextMilestones(order);
  if (std::find(next.begin(), next.end(), step.to) == next.end()) return RefusedMove(order, step.to);
  if ((step.to == M::kCancelled || step.to == M::kRejected) && step.note.empty()) {
    return Error::Invalid("reason", "say why the order is " + std::string(ToString(step.to)));
  }
  ProductOrder changed = order;
  StepEffect effect = StepEffect::kNone;
  Status done = Ok{};
  switch (step.to) {
    case M::kRfdIssued: done = IssueRfd(changed, step, now); break;
    case M::kAppointmentSet:
      done = SetAppointment(changed, step, now);
      effect = StepEffect::kConfirmed;
      break;
    case M::kInstalled: done = CheckInstallation(changed, step, now); break;
    case M::kActivated:
      done = DecideRushFee(changed, step, now);
      changed.activated_at = now;  // U-11: the Activation Date
      effect = StepEffect::kActivated;
      break;
    case M::kCompleted: changed.completed_at = now; break;
    default: break;
  }
  if (!done) return done.error();
  changed.milestone = step.to;
  changed.history.push_back({step.to, now, by, step.note});
  order = std::move(changed);
  return effect;
}

Status MoveAppointment(ProductOrder& order, Instant at, Instant now, UserId by) {
  if (order.milestone != M::kAppointmentSet) {
    return Error::Precondition("only an order at appointmentSet has an appointment to move; this one is " +
                                   std::string(ToString(order.milestone)),
                               "ORD-004");
  }
  TRY(CheckAppointment(order, at, now));
  order.appointment_at = at;
  // The Service is not activated before it is installed: a later appointment moves the target.
  CivilDay day = BrusselsDay(at);
  if (order.target_activation_date && *order.target_activation_date < day) order.target_activation_date = day;
  order.history.push_back({M::kAppointmentSet, now, by, "appointment moved to " + FormatCivilDay(day)});
  return Ok{};
}

Status AnswerRushFeasibility(ProductOrder& order, RushFeasibility answer, std::optional<RushRefusalReason> reason,
                             Instant now) {
  if (!order.rush) {
    return Error::Precondition("this order has no Rush Provisioning request", "ORD-037");
  }
  RushProvisioning& rush = *order.rush;
  if (rush.feasibility != RushFeasibility::kPending) {
    return Error::Precondition(
        "the rush feasibility was already answered (" + std::string(ToString(rush.feasibility)) + ")", "ORD-042");
  }
  if (order.milestone == M::kActivated || order.milestone == M::kTested || IsFinal(order.milestone)) {
    return Error::Precondition("Rush Provisioning is decided during the implementation phase only", "ORD-040");
  }
  if (answer == RushFeasibility::kPending) {
    return Error::Invalid("rushFeasibility.decision", "the answer is accepted or refused", "ORD-042");
  }
  if (answer == RushFeasibility::kRefused && !reason) {
    return Error::Invalid("rushFeasibility.refusalReason",
                          "a refusal states its reason: productionCapacity, siteNotReady or technicalConstraints",
                          "ORD-043");
  }
  if (answer == RushFeasibility::kAccepted && reason) {
    return Error::Invalid("rushFeasibility.refusalReason", "an accepted rush order has no refusal reason", "ORD-043");
  }
  rush.feasibility = answer;
  rush.answered_at = now;
  if (answer == RushFeasibility::kRefused) {
    rush.refusal_reason = reason;
    rush.fee_decision = RushFeeDecision::kNotChargedRefused;  // ORD-044: ordinary installation, no rush fee
    return Ok{};
  }
  order.target_activation_date = rush.requested_ready_for_service;  // ORD-045
  return Ok{};
}

bool RushAnsweredInTime(const RushProvisioning& rush, Instant now) {
  Instant answered = rush.answered_at.value_or(now);
  return BrusselsDay(answered) <= rush.feasibility_due;
}

}  // namespace bizline
