// The implementation phase as a state machine over ProductOrder (pure; `now` is passed in).
// acknowledged -> siteSurvey -> rfdIssued -> appointmentSet   (no compatible line, ORD-023..027)
// acknowledged -> appointmentSet                              (compatible line, ORD-022)
// appointmentSet -> installed -> activated -> tested -> completed
// cancelled from any step before activation (after it the Contract runs, CON-007); rejected
// only from acknowledged. Target activation date: set by the RFD (ORD-027, U-35; 20 business
// days after it by default, ORD-024) or at confirmation, 20 business days after it (ORD-005,
// ORD-022); an accepted rush order's date is its RFS date (ORD-045). Rush feasibility answers
// (ORD-042 to ORD-044) and the fee decision at activation (ORD-046 to ORD-049) live here too.
// Gates: the appointment lies in the future, within Business Hours unless an out-of-hours
// quote is approved (ORD-006, ORD-007), with a contact reachable by phone (ORD-009) and no works
// holding it (ORD-028, ORD-029, ORD-032); `installed` needs the Annex 1 checklist confirmed
// (SITE-001 to SITE-008) and cannot come before the appointment (ORD-010).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/core/result.h"
#include "domain/ordering/order.h"

namespace bizline {

struct OrderStep {
  OrderMilestone to = OrderMilestone::kAcknowledged;
  std::optional<Instant> appointment;              // appointmentSet: the installation appointment
  std::optional<CivilDay> target_activation_date;  // rfdIssued: the date the RFD states
  std::optional<RushDelayCause> delay_cause;       // activated after an accepted RFS date
  std::string note;                                // required for cancelled and rejected
  // installed: the line's technology, which decides whether SITE-006 applies; unknown: every
  // Annex 1 item is required.
  std::optional<Technology> technology;
};

// What a step did that the use case must follow up on in the same transaction.
enum class StepEffect {
  kNone,
  kConfirmed,  // ORD-005: send the written order confirmation with the activation date
  kActivated,  // ORD-016, ORD-020: provision the line and send the activation notice
};

// The milestones `order` may move to next.
std::vector<OrderMilestone> NextMilestones(const ProductOrder& order);

// Moves the order one step and appends the step to its history; on error the order is unchanged.
Result<StepEffect> AdvanceOrder(ProductOrder& order, const OrderStep& step, Instant now, UserId by);

// ORD-004, ORD-005: a new installation appointment for an order at appointmentSet, under the
// same gates as the first one (in the future, Business Hours or an approved out-of-hours quote,
// a contact, no works holding it); a later day also moves the target activation date. The
// history records the move; the caller sends the new written confirmation.
Status MoveAppointment(ProductOrder& order, Instant at, Instant now, UserId by);

// ORD-042 to ORD-045: Proximus' answer on a rush request. A refusal needs one of the reasons of
// ORD-043 and waives the fee (ORD-044); an acceptance makes the RFS date the target (ORD-045).
Status AnswerRushFeasibility(ProductOrder& order, RushFeasibility answer, std::optional<RushRefusalReason> reason,
                             Instant now);

// ORD-042: whether the answer came (or, unanswered, can still come) within 2 business days.
bool RushAnsweredInTime(const RushProvisioning& rush, Instant now);

}  // namespace bizline
