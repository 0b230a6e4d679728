// The availability capability's storage slice: Service Credit claims and approved credits.
#pragma once

#include "storage/core/repository_factories.h"

namespace bizline {

void AddAvailabilityRepositories(RepositoryFactories& factories);

}  // namespace bizline
