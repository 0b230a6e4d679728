// Ports of the availability capability: the Service Credit claims (SLA-010) and the credits
// approved for billing, which the next invoice run turns into negative lines.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/core/page.h"
#include "app/core/storage.h"
#include "domain/availability/credit_claim.h"

namespace bizline {

struct ClaimFilter {
  std::optional<CustomerId> only;  // a representative's own customer: the tenant boundary
  std::optional<CustomerId> customer;
  std::optional<ProductId> line;
  std::optional<ClaimState> state;
};

// An approved Service Credit waiting for the next invoice (a negative line, issue 12).
struct ServiceCredit {
  ClaimId claim;
  ProductId line;
  CustomerId customer;
  ClaimedBreach breach;
  std::string rule;
  CreditRate rate{};
  Cents monthly_fee{};
  Cents amount{};
  Instant approved_at{};
};

class CreditClaimRepository {
 public:
  virtual ~CreditClaimRepository() = default;
  // kAlreadyExists when another claim for the line and breach is pending or approved (the one
  // the concurrent transaction inserted included): SLA-044, one month of fee per month.
  virtual Result<ClaimId> Insert(const CreditClaim& claim) = 0;
  // kStale when the stored version is not `claim.version`.
  virtual Status Update(const CreditClaim& claim) = 0;
  virtual Result<std::optional<CreditClaim>> Find(ClaimId id) = 0;
  // Newest first.
  virtual Result<Page<CreditClaim>> List(const ClaimFilter& filter, PageRequest page) = 0;
  // The approved claim's credit, for the next invoice (negative line, issue 12).
  virtual Status RecordCredit(const CreditClaim& approved) = 0;
  // The customer's approved credits no invoice has billed yet, oldest first.
  virtual Result<std::vector<ServiceCredit>> UnbilledCredits(CustomerId customer) = 0;
};

inline CreditClaimRepository& CreditClaims(Transaction& tx) { return tx.Repository<CreditClaimRepository>(); }

}  // namespace bizline
