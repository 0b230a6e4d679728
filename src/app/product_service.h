// Reading the product inventory (TMF637): the lines of a customer. A customer representative
// sees only its own customer's products; another customer's product answers NotFound.
#pragma once

#include "app/ports/repositories.h"
#include "domain/identity/role.h"

namespace bizline {

class ProductService {
 public:
  explicit ProductService(Storage& storage) : storage_(storage) {}

  Result<Page<Product>> List(const Principal& principal, ProductFilter filter, PageRequest page);
  Result<Product> Get(const Principal& principal, ProductId id);

 private:
  Storage& storage_;
};

}  // namespace bizline
