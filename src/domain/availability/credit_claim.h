// A Service Credit claim (SLA-010, SLA-011, X-45). Credits are never granted proactively: the
// Client claims one breach (a month with restoration breaches, SLA-044, or a year below the
// availability level, SLA-050), the operator's staff approve it with the eligibility computed at
// that moment or refuse it with a reason. A claim reaches the operator in time only until the
// last day of the third month after the month the breach was found in (SLA-011); a breach is
// claimable once found: a restoration breach when its incident is resolved, an availability
// breach at the end of the measured year. At most one claim per line and breach is
// pending or approved at a time, so a month never yields more than one month of fee (SLA-044).
#pragma once

#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/availability/credit_rate.h"
#include "domain/core/enum_names.h"
#include "domain/core/ids.h"
#include "domain/core/instant.h"
#include "domain/core/money.h"
#include "domain/core/result.h"
#include "domain/core/strong_id.h"
#include "domain/core/time_text.h"

namespace bizline {

using ClaimId = StrongId<struct ClaimTag>;

enum class ClaimKind {
  kRestoration,   // SLA-044: a calendar month with P1 Incidents restored late
  kAvailability,  // SLA-050: a calendar year below 99.70 %
};
// Wire and storage names: "restoration", "availability".
extern const EnumNames<ClaimKind, 2> kClaimKindNames;

enum class ClaimState { kPending, kApproved, kRefused };
// Wire and storage names: "pending", "approved", "refused".
extern const EnumNames<ClaimState, 3> kClaimStateNames;

// What a claim is for: a restoration month, or an availability year (found in its December).
struct ClaimedBreach {
  ClaimKind kind = ClaimKind::kRestoration;
  date::year_month found{};  // the month the breach is found in

  // "2026-03" for a restoration month, "2026" for an availability year.
  std::string PeriodText() const;
  friend bool operator==(const ClaimedBreach&, const ClaimedBreach&) = default;
};

// Parses the period of a claim of `kind`: "YYYY-MM" for restoration, "YYYY" for availability.
// An error names `field`.
Result<ClaimedBreach> ParseClaimedBreach(ClaimKind kind, std::string_view period, std::string_view field);

// SLA-011: whether a claim filed on `filed_on` (a Brussels day) for `breach` is in time; the
// deadline day itself is. Also refuses a breach not found yet (a month or year to come, or the
// year still running for availability: X-24).
Status CheckClaimable(const ClaimedBreach& breach, CivilDay filed_on);

// The credit the breach gives, as computed from the line's incidents at one instant.
struct ClaimEligibility {
  CreditRate rate{};     // share of one monthly fee; zero: nothing to credit
  std::string rule{};    // the rule that decides it (SLA-044, SLA-045, SLA-050, ...)
  std::string reason{};  // one sentence for the claim queue
  Cents monthly_fee{};   // U-22: the line's recurring fees, excluding VAT, one-off and usage
  Cents amount{};        // the credit in cents, rounded half away from zero
};

// U-22: `rate` of one monthly fee, in cents, rounded half away from zero.
Cents CreditAmount(Cents monthly_fee, CreditRate rate);

struct CreditClaim {
  ClaimId id;
  ProductId line;
  CustomerId customer;
  ClaimedBreach breach;
  ClaimState state = ClaimState::kPending;
  Instant filed_at{};
  std::string filed_by;  // the user's e-mail
  CivilDay deadline{};   // SLA-011, as it was when filed
  // The eligibility computed when filed; on approval, the one approved (what billing credits).
  ClaimEligibility eligibility{};
  std::optional<Instant> decided_at;
  std::string decided_by;
  std::string refusal_reason;
  int version = 0;
};

// Whether a claim in `state` holds its breach: a second claim for the same line and breach is
// refused while one is pending or approved (SLA-044: one month of fee per month at most).
bool HoldsBreach(ClaimState state);

enum class ClaimDecision { kApprove, kRefuse };

// Decides a pending claim. Approval needs a positive eligibility (computed now: an Incident may
// have been edited since the claim was filed); refusal needs a reason. Errors name the rule.
Status Decide(CreditClaim& claim, ClaimDecision decision, const ClaimEligibility& now_eligible,
              const std::string& reason, const std::string& by, Instant at);

}  // namespace bizline
