#include "domain/availability/availability_credit.h"

namespace bizline {
namespace {

constexpr CreditRate kBelowTargetRate{150};     // 1.5 % (SLA-050)
constexpr CreditRate kBelowLowerTierRate{500};  // 5 % (SLA-050)

}  // namespace

const EnumNames<AvailabilityOutcome, 4> kAvailabilityOutcomeNames{{
    {AvailabilityOutcome::kNoTarget, "noTarget"},
    {AvailabilityOutcome::kMet, "met"},
    {AvailabilityOutcome::kBelowTarget, "belowTarget"},
    {AvailabilityOutcome::kBelowLowerTier, "belowLowerTier"},
}};

AvailabilityTarget AvailabilityTargetOf(const Formula& formula) {
  // No formula offers the level as an option (T-05): DEF is the only way to have it.
  return formula.Availability(kAvailabilityTargetComponent) == ComponentAvailability::kDefault
             ? AvailabilityTarget::kPerYear
             : AvailabilityTarget::kNone;
}

AvailabilityCredit DecideAvailabilityCredit(AvailabilityTarget target, const Availability& availability) {
  const std::string percent = FormatAvailabilityPercent(availability) + " %";
  if (target == AvailabilityTarget::kNone) {
    return {AvailabilityOutcome::kNoTarget, kNoCredit, "SLA-049",
            "the formula has no availability level, so no availability credit"};
  }
  if (IsBelow(availability, kAvailabilityLowTier)) {
    return {AvailabilityOutcome::kBelowLowerTier, kBelowLowerTierRate, "SLA-050",
            "availability " + percent + " is below 99.5 %: 5 % of the monthly rental fee"};
  }
  if (IsBelow(availability, kAvailabilityTarget)) {
    return {AvailabilityOutcome::kBelowTarget, kBelowTargetRate, "SLA-050",
            "availability " + percent + " is below 99.7 %: 1.5 % of the monthly rental fee"};
  }
  return {AvailabilityOutcome::kMet, kNoCredit, "SLA-049", "availability " + percent + " meets the 99.70 % target"};
}

}  // namespace bizline
