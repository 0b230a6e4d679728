#include "storage/party/repositories.h"

#include "app/party/ports.h"
#include "storage/party/customer_repository.h"

namespace bizline {

void AddPartyRepositories(RepositoryFactories& factories) {
  factories.Add<CustomerRepository, SociCustomerRepository>();
}

}  // namespace bizline
