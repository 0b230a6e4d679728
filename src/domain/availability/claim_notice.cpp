#include "domain/availability/claim_notice.h"

#include <cstdio>
#include <cstdlib>

namespace bizline {

std::string FormatEuros(Cents amount) {
  const std::int64_t cents = amount.value();
  char text[32];
  std::snprintf(text, sizeof text, "%s%lld.%02lld", cents < 0 ? "-" : "",
                static_cast<long long>(std::llabs(cents) / 100), static_cast<long long>(std::llabs(cents) % 100));
  return text;
}

ClaimNoticeText ClaimNotice(const CreditClaim& claim, const std::string& line_name) {
  const std::string what = claim.breach.kind == ClaimKind::kAvailability
                               ? "the availability of " + claim.breach.PeriodText()
                               : "the restoration times of " + claim.breach.PeriodText();
  const std::string number = "claim " + std::to_string(claim.id.value());
  ClaimNoticeText n;
  n.kind = "creditClaim." + std::string(kClaimStateNames.Name(claim.state));
  switch (claim.state) {
    case ClaimState::kPending:
      n.subject = "Service Credit " + number + " received";
      n.body = "We received your Service Credit claim on " + what + " for " + line_name +
               ". It reached us within the deadline of " + FormatCivilDay(claim.deadline) +
               " (SLA-011); our staff will decide on it and tell you.";
      break;
    case ClaimState::kApproved:
      n.subject = "Service Credit " + number + " approved";
      n.body = "Your Service Credit claim on " + what + " for " + line_name + " is approved: EUR " +
               FormatEuros(claim.eligibility.amount) + " (" + claim.eligibility.reason + ", " + claim.eligibility.rule +
               ") will be credited on your next invoice.";
      break;
    case ClaimState::kRefused:
      n.subject = "Service Credit " + number + " refused";
      n.body = "Your Service Credit claim on " + what + " for " + line_name + " is refused: " + claim.refusal_reason;
      break;
  }
  return n;
}

}  // namespace bizline
