#include "storage/availability/repositories.h"

#include "app/availability/ports.h"
#include "storage/availability/credit_claim_repository.h"

namespace bizline {

void AddAvailabilityRepositories(RepositoryFactories& factories) {
  factories.Add<CreditClaimRepository, SociCreditClaimRepository>();
}

}  // namespace bizline
