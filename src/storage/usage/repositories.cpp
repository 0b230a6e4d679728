#include "storage/usage/repositories.h"

#include "app/usage/ports.h"
#include "storage/usage/usage_repository.h"

namespace bizline {

void AddUsageRepositories(RepositoryFactories& factories) { factories.Add<UsageRepository, SociUsageRepository>(); }

}  // namespace bizline
