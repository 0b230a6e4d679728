// SLA-010: the representatives hear of every step of a Service Credit claim: its receipt, with
// the deadline it met (SLA-011), and the decision — the credit approved for the next invoice, or
// the refusal with its reason.
#pragma once

#include <string>

#include "domain/availability/credit_claim.h"

namespace bizline {

struct ClaimNoticeText {
  std::string kind;  // "creditClaim.pending", "creditClaim.approved", "creditClaim.refused"
  std::string subject;
  std::string body;
};

// The notice for the claim in its current state, on the line named `line_name`.
ClaimNoticeText ClaimNotice(const CreditClaim& claim, const std::string& line_name);

// "12.34" for 1234 cents (the amount in euros, two decimals).
std::string FormatEuros(Cents amount);

}  // namespace bizline
