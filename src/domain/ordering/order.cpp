#include "domain/ordering/order.h"

#include <array>
#include <utility>

namespace bizline {
namespace {

template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

template <typename E, std::size_t N>
std::string_view NameOf(const Names<E, N>& names, E value) {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> ValueOf(const Names<E, N>& names, std::string_view text) {
  for (const auto& [v, name] : names) {
    if (name == text) return v;
  }
  return std::nullopt;
}

constexpr Names<OrderMilestone, 10> kMilestones{{
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

constexpr Names<OrderState, 5> kStates{{
    {OrderState::kAcknowledged, "acknowledged"},
    {OrderState::kInProgress, "inProgress"},
    {OrderState::kCompleted, "completed"},
    {OrderState::kCancelled, "cancelled"},
    {OrderState::kRejected, "rejected"},
}};

constexpr Names<RushRefusalReason, 3> kRefusals{{
    {RushRefusalReason::kProductionCapacity, "productionCapacity"},
    {RushRefusalReason::kSiteNotReady, "siteNotReady"},
    {RushRefusalReason::kTechnicalConstraints, "technicalConstraints"},
}};

constexpr Names<RushFeasibility, 3> kFeasibility{{
    {RushFeasibility::kPending, "pending"},
    {RushFeasibility::kAccepted, "accepted"},
    {RushFeasibility::kRefused, "refused"},
}};

constexpr Names<RushDelayCause, 4> kDelayCauses{{
    {RushDelayCause::kProximus, "proximus"},
    {RushDelayCause::kClient, "client"},
    {RushDelayCause::kForceMajeure, "forceMajeure"},
    {RushDelayCause::kThirdParty, "thirdParty"},
}};

constexpr Names<RushFeeDecision, 4> kFeeDecisions{{
    {RushFeeDecision::kPending, "pending"},
    {RushFeeDecision::kCharged, "charged"},
    {RushFeeDecision::kNotChargedRefused, "notChargedRefused"},
    {RushFeeDecision::kNotChargedMissedByProximus, "notChargedMissedByProximus"},
}};

}  // namespace

std::string_view ToString(OrderMilestone milestone) { return NameOf(kMilestones, milestone); }
std::optional<OrderMilestone> ParseOrderMilestone(std::string_view text) { return ValueOf(kMilestones, text); }
std::string_view ToString(OrderState state) { return NameOf(kStates, state); }
std::optional<OrderState> ParseOrderState(std::string_view text) { return ValueOf(kStates, text); }
std::string_view ToString(RushRefusalReason value) { return NameOf(kRefusals, value); }
std::optional<RushRefusalReason> ParseRushRefusalReason(std::string_view text) { return ValueOf(kRefusals, text); }
std::string_view ToString(RushFeasibility value) { return NameOf(kFeasibility, value); }
std::optional<RushFeasibility> ParseRushFeasibility(std::string_view text) { return ValueOf(kFeasibility, text); }
std::string_view ToString(RushDelayCause value) { return NameOf(kDelayCauses, value); }
std::optional<RushDelayCause> ParseRushDelayCause(std::string_view text) { return ValueOf(kDelayCauses, text); }
std::string_view ToString(RushFeeDecision value) { return NameOf(kFeeDecisions, value); }
std::optional<RushFeeDecision> ParseRushFeeDecision(std::string_view text) { return ValueOf(kFeeDecisions, text); }

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
