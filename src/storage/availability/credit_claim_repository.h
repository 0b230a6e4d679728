// Service Credit claims and the credits approved for billing, in SQL (issue 13 item 3).
#pragma once

#include "app/availability/ports.h"

namespace soci {
class session;
}  // namespace soci

namespace bizline {

class SociCreditClaimRepository final : public CreditClaimRepository {
 public:
  explicit SociCreditClaimRepository(soci::session& session) : sql_(session) {}

  Result<ClaimId> Insert(const CreditClaim& claim) override;
  Status Update(const CreditClaim& claim) override;
  Result<std::optional<CreditClaim>> Find(ClaimId id) override;
  Result<Page<CreditClaim>> List(const ClaimFilter& filter, PageRequest page) override;
  Status RecordCredit(const CreditClaim& approved) override;
  Result<std::vector<ServiceCredit>> UnbilledCredits(CustomerId customer) override;

 private:
  soci::session& sql_;
};

}  // namespace bizline
