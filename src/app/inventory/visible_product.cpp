#include "app/inventory/visible_product.h"

#include "app/inventory/ports.h"

namespace bizline {

Error NoSuchProduct(ProductId id) { return Error::NotFound("no product with id " + std::to_string(id.value())); }

Result<Product> VisibleProduct(Transaction& tx, const Principal& principal, ProductId id) {
  auto product = Products(tx).Get(id);
  if (!product) return product.error().code == ErrorCode::kNotFound ? NoSuchProduct(id) : product.error();
  if (!principal.CanSee(product->customer_id)) return NoSuchProduct(id);
  return product;
}

}  // namespace bizline
