#include "storage/usage/repositories.h"

#include "app/usage/ports.h"
#include "storage/usage/enforcement_repository.h"
#include "storage/usage/usage_repository.h"

namespace bizline {

void AddUsageRepositories(RepositoryFactories& factories) {
  factories.Add<UsageRepository, SociUsageRepository>();
  factories.Add<UsageEnforcementRepository, SociUsageEnforcementRepository>();
}

}  // namespace bizline
