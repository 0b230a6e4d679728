#include "storage/identity/repositories.h"

#include "app/identity/ports.h"
#include "storage/identity/user_repository.h"

namespace bizline {

void AddIdentityRepositories(RepositoryFactories& factories) { factories.Add<UserRepository, SociUserRepository>(); }

}  // namespace bizline
