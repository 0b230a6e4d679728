#include "storage/ipam/repositories.h"

#include "app/ipam/ports.h"
#include "storage/ipam/ipam_repository.h"

namespace bizline {

void AddIpamRepositories(RepositoryFactories& factories) { factories.Add<IpamRepository, SociIpamRepository>(); }

}  // namespace bizline
