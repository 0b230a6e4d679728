// Service Credit claims (issue 13 item 3; SLA-010, SLA-011, SLA-044, SLA-050, X-45): a
// representative claims a breach of its own line (staff may on its behalf); the eligibility is
// computed from the line's incidents as they stand (the same report as GET .../availability);
// staff approve it with the eligibility computed at that moment, recorded for the next invoice,
// or refuse it with a reason. Every step notifies the customer's representatives.
#pragma once

#include <memory>
#include <string>

#include "app/availability/ports.h"
#include "app/core/clock.h"
#include "domain/catalog/catalog.h"
#include "domain/identity/role.h"
#include "domain/inventory/product.h"
#include "domain/sla/sla_catalog.h"

namespace bizline {

// A claim with the eligibility its breach gives now (for the staff's queue; the stored
// `claim.eligibility` is the one computed when it was filed or approved).
struct ClaimView {
  CreditClaim claim;
  ClaimEligibility now;
  std::vector<std::string> tickets;  // the breaching P1 tickets of a restoration month
};

class CreditClaimService {
 public:
  CreditClaimService(Storage& storage, const Catalog& catalog, std::shared_ptr<const SlaCatalog> sla,
                     const Clock& clock)
      : storage_(storage), catalog_(catalog), sla_(std::move(sla)), clock_(clock) {}

  // `by`: the filer's e-mail, kept on the claim.
  Result<ClaimView> File(const Principal& principal, ProductId line, const ClaimedBreach& breach,
                         const std::string& by);
  Result<ClaimView> Get(const Principal& principal, ClaimId id);
  Result<Page<ClaimView>> List(const Principal& principal, ClaimFilter filter, PageRequest page);
  Result<ClaimView> Decide(const Principal& principal, ClaimId id, ClaimDecision decision, const std::string& reason,
                           const std::string& by);

 private:
  Result<ClaimView> ViewOf(Transaction& tx, CreditClaim claim, Instant now);
  Result<ClaimView> Eligibility(Transaction& tx, const Product& line, const ClaimedBreach& breach, Instant now);

  Storage& storage_;
  const Catalog& catalog_;
  std::shared_ptr<const SlaCatalog> sla_;
  const Clock& clock_;
};

}  // namespace bizline
