#include "domain/availability/credit_claim.h"

#include <charconv>
#include <cstdio>

#include "domain/availability/claim_deadline.h"

namespace bizline {

const EnumNames<ClaimKind, 2> kClaimKindNames{
    {{ClaimKind::kRestoration, "restoration"}, {ClaimKind::kAvailability, "availability"}}};

const EnumNames<ClaimState, 3> kClaimStateNames{
    {{ClaimState::kPending, "pending"}, {ClaimState::kApproved, "approved"}, {ClaimState::kRefused, "refused"}}};

namespace {

// The longest refusal reason kept: a sentence or two for the Client, not a document.
constexpr std::size_t kMaxReasonBytes = 1000;

std::optional<int> Digits(std::string_view text) {
  int value = 0;
  if (text.empty()) return std::nullopt;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string ClaimedBreach::PeriodText() const {
  char text[16];
  const int year = static_cast<int>(found.year());
  if (kind == ClaimKind::kAvailability) {
    std::snprintf(text, sizeof text, "%04d", year);
  } else {
    std::snprintf(text, sizeof text, "%04d-%02u", year, static_cast<unsigned>(found.month()));
  }
  return text;
}

Result<ClaimedBreach> ParseClaimedBreach(ClaimKind kind, std::string_view period, std::string_view field) {
  if (kind == ClaimKind::kAvailability) {
    auto year = period.size() == 4 ? Digits(period) : std::nullopt;
    if (!year || *year < 2000 || *year > 2199) {
      return Error::Invalid(std::string(field), "an availability claim names a year, YYYY", "SLA-049");
    }
    // the year's breach is found at its end, in December.
    return ClaimedBreach{kind, date::year(*year) / date::December};
  }
  auto year = period.size() == 7 && period[4] == '-' ? Digits(period.substr(0, 4)) : std::nullopt;
  auto month = year ? Digits(period.substr(5, 2)) : std::nullopt;
  if (!year || !month || *year < 2000 || *year > 2199 || *month < 1 || *month > 12) {
    return Error::Invalid(std::string(field), "a restoration claim names a month, YYYY-MM", "SLA-044");
  }
  return ClaimedBreach{kind, date::year(*year) / date::month(static_cast<unsigned>(*month))};
}

Status CheckClaimable(const ClaimedBreach& breach, CivilDay filed_on) {
  const date::year_month filed_month = date::year_month_day(filed_on).year() / date::year_month_day(filed_on).month();
  if (breach.kind == ClaimKind::kAvailability && filed_month <= breach.found) {
    return Error::Precondition("the availability of " + breach.PeriodText() +
                                   " is found at the end of the year: it may be claimed from 1 January",
                               "X-24");
  }
  if (filed_month < breach.found) {
    return Error::Precondition("no breach of " + breach.PeriodText() + " can be found yet", "X-45");
  }
  const CivilDay deadline = ClaimDeadline(breach.found);
  if (filed_on > deadline) {
    return Error::Precondition(
        "a claim for " + breach.PeriodText() + " had to reach the operator by " + FormatCivilDay(deadline), "SLA-011");
  }
  return Ok{};
}

Cents CreditAmount(Cents monthly_fee, CreditRate rate) {
  const std::int64_t scaled = monthly_fee.value() * rate.basis_points();
  const std::int64_t half = scaled >= 0 ? 5000 : -5000;  // half away from zero
  return Cents((scaled + half) / 10000);
}

bool HoldsBreach(ClaimState state) { return state != ClaimState::kRefused; }

Status Decide(CreditClaim& claim, ClaimDecision decision, const ClaimEligibility& now_eligible,
              const std::string& reason, const std::string& by, Instant at) {
  if (claim.state != ClaimState::kPending) {
    return Error::Precondition(
        "claim " + std::to_string(claim.id.value()) + " is already " + std::string(kClaimStateNames.Name(claim.state)),
        "SLA-010");
  }
  if (decision == ClaimDecision::kApprove) {
    if (!now_eligible.rate.is_credit()) {
      return Error::Precondition(
          "the breach gives no credit any more (" + now_eligible.reason + "): refuse the claim with a reason",
          now_eligible.rule);
    }
    claim.state = ClaimState::kApproved;
    claim.eligibility = now_eligible;
  } else {
    if (reason.find_first_not_of(" \t") == std::string::npos) {
      return Error::Invalid("reason", "a refusal states its reason to the Client", "SLA-010");
    }
    if (reason.size() > kMaxReasonBytes) {
      return Error::Invalid("reason", "is longer than " + std::to_string(kMaxReasonBytes) + " bytes");
    }
    claim.state = ClaimState::kRefused;
    claim.refusal_reason = reason;
  }
  claim.decided_at = at;
  claim.decided_by = by;
  return Ok{};
}

}  // namespace bizline
