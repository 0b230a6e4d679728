// The ipam capability's storage slice: its repositories, made from a unit of work's session.
#pragma once

#include "storage/core/repository_factories.h"

namespace bizline {

void AddIpamRepositories(RepositoryFactories& factories);

}  // namespace bizline
