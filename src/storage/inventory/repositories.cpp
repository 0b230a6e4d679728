#include "storage/inventory/repositories.h"

#include "app/inventory/ports.h"
#include "storage/inventory/product_repository.h"

namespace bizline {

void AddInventoryRepositories(RepositoryFactories& factories) {
  factories.Add<ProductRepository, SociProductRepository>();
}

}  // namespace bizline
