// The usage capability's storage slice: its repositories, made from a unit of work's session.
#pragma once

#include "storage/core/repository_factories.h"

namespace bizline {

void AddUsageRepositories(RepositoryFactories& factories);

}  // namespace bizline
