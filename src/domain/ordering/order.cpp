#include "domain/ordering/order.h"

#include <utility>

#include "domain/core/enum_names.h"

namespace bizline {
namespace {

constexpr EnumNames<OrderMilestone, 10> kMilestones{{
    {OrderMilestone::kAcknowledged, "acknowledged"},
    {OrderMilestone::kSiteSurvey, "siteSurvey"},
    {OrderMilestone::kRfdIssued, "rfdIssued"},
    {OrderMilestone::kAppointmentSet, "appointmentSet"},
    {OrderMilestone::kInstalled, "installed"},
    {OrderMilestone::kActivated, "activated"},
    {OrderMilestone::kTested, "tested"},
    {OrderMilestone::kCompleted, "completed"},
    {OrderMilestone::kCancelled, "cancelled"},
    {OrderMilestone::kRejected, "rejected"},
}};

constexpr EnumNames<RushRefusalReason, 3> kRefusals{{
    {RushRefusalReason::kProductionCapacity, "productionCapacity"},
    {RushRefusalReason::kSiteNotReady, "siteNotReady"},
    {RushRefusalReason::kTechnicalConstraints, "technicalConstraints"},
}};

constexpr EnumNames<RushFeasibility, 3> kFeasibility{{
    {RushFeasibility::kPending, "pending"},
    {RushFeasibility::kAccepted, "accepted"},
    {RushFeasibility::kRefused, "refused"},
}};

constexpr EnumNames<RushDelayCause, 4> kDelayCauses{{
    {RushDelayCause::kProximus, "proximus"},
    {RushDelayCause::kClient, "client"},
    {RushDelayCause::kForceMajeure, "forceMajeure"},
    {RushDelayCause::kThirdParty, "thirdParty"},
}};

constexpr EnumNames<RushFeeDecision, 4> kFeeDecisions{{
    {RushFeeDecision::kPending, "pending"},
    {RushFeeDecision::kCharged, "charged"},
    {RushFeeDecision::kNotChargedRefused, "notChargedRefused"},
    {RushFeeDecision::kNotChargedMissedByProximus, "notChargedMissedByProximus"},
}};

}  // namespace

const EnumNames<OrderState, 5> kOrderStateNames{{
    {OrderState::kAcknowledged, "acknowledged"},
    {OrderState::kInProgress, "inProgress"},
    {OrderState::kCompleted, "completed"},
    {OrderState::kCancelled, "cancelled"},
    {OrderState::kRejected, "rejected"},
}};

std::string_view ToString(OrderMilestone milestone) { return kMilestones.Name(milestone); }
std::optional<OrderMilestone> ParseOrderMilestone(std::string_view text) { return kMilestones.Parse(text); }
std::string_view ToString(OrderState state) { return kOrderStateNames.Name(state); }
std::optional<OrderState> ParseOrderState(std::string_view text) { return kOrderStateNames.Parse(text); }
std::string_view ToString(RushRefusalReason value) { return kRefusals.Name(value); }
std::optional<RushRefusalReason> ParseRushRefusalReason(std::string_view text) { return kRefusals.Parse(text); }
std::string_view ToString(RushFeasibility value) { return kFeasibility.Name(value); }
std::optional<RushFeasibility> ParseRushFeasibility(std::string_view text) { return kFeasibility.Parse(text); }
std::string_view ToString(RushDelayCause value) { return kDelayCauses.Name(value); }
std::optional<RushDelayCause> ParseRushDelayCause(std::string_view text) { return kDelayCauses.Parse(text); }
std::string_view ToString(RushFeeDecision value) { return kFeeDecisions.Name(value); }
std::optional<RushFeeDecision> ParseRushFeeDecision(std::string_view text) { return kFeeDecisions.Parse(text); }

OrderState StateOf(OrderMilestone milestone) {
  switch (milestone) {
    case OrderMilestone::kAcknowledged: return OrderState::kAcknowledged;
    case OrderMilestone::kCompleted: return OrderState::kCompleted;
    case OrderMilestone::kCancelled: return OrderState::kCancelled;
    case OrderMilestone::kRejected: return OrderState::kRejected;
    default: return OrderState::kInProgress;
  }
}

bool IsFinal(OrderMilestone milestone) {
  return milestone == OrderMilestone::kCompleted || milestone == OrderMilestone::kCancelled ||
         milestone == OrderMilestone::kRejected;
}

}  // namespace bizline
