// The availability Service Credit (SLA-049, SLA-050, X-24): only formulas with an availability
// level have one (Internet Pro+ and Internet Pro+ Essential, and the formulas derived from them);
// below 99.5 % the Client may claim 5 % of the monthly rental fee, else below 99.7 % 1.5 %. The
// tiers are not cumulative (X-24 d): 5 % is the whole credit, never 6.5 %.
#pragma once

#include <string>
#include <string_view>

#include "domain/availability/availability.h"
#include "domain/availability/credit_rate.h"
#include "domain/catalog/catalog.h"
#include "domain/core/enum_names.h"

namespace bizline {

// SLA-049: whether the formula has the 99.70 % per year availability level.
enum class AvailabilityTarget { kNone, kPerYear };

// The offer catalog says it: the "availability-target" component is DEF for the formulas with a
// level and "-" for all others (T-05, X-23).
inline constexpr std::string_view kAvailabilityTargetComponent = "availability-target";
AvailabilityTarget AvailabilityTargetOf(const Formula& formula);

enum class AvailabilityOutcome {
  kNoTarget,        // SLA-049: no availability level, so no credit whatever the downtime
  kMet,             // at or above 99.70 %
  kBelowTarget,     // below 99.70 %, at or above 99.50 %: 1.5 % (SLA-050)
  kBelowLowerTier,  // below 99.50 %: 5 % (SLA-050)
};

// Wire names: "noTarget", "met", "belowTarget", "belowLowerTier".
extern const EnumNames<AvailabilityOutcome, 4> kAvailabilityOutcomeNames;

struct AvailabilityCredit {
  AvailabilityOutcome outcome = AvailabilityOutcome::kNoTarget;
  CreditRate rate{};        // share of one monthly rental fee (U-22)
  std::string_view rule{};  // the rule that decides it
  std::string reason{};     // one sentence for the claim queue and the report
};

AvailabilityCredit DecideAvailabilityCredit(AvailabilityTarget target, const Availability& availability);

}  // namespace bizline
