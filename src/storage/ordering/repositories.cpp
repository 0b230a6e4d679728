#include "storage/ordering/repositories.h"

#include "app/ordering/ports.h"
#include "storage/ordering/order_repository.h"

namespace bizline {

void AddOrderingRepositories(RepositoryFactories& factories) { factories.Add<OrderRepository, SociOrderRepository>(); }

}  // namespace bizline
