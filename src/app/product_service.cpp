#include "app/product_service.h"

namespace bizline {
namespace {

Error NoSuchProduct(ProductId id) { return Error::NotFound("no product with id " + std::to_string(id.value())); }

}  // namespace

Result<Page<Product>> ProductService::List(const Principal& principal, ProductFilter filter, PageRequest page) {
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  return (*tx)->products().List(filter, page);
}

Result<Product> ProductService::Get(const Principal& principal, ProductId id) {
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  auto product = (*tx)->products().Get(id);
  if (!product) return product.error().code == ErrorCode::kNotFound ? NoSuchProduct(id) : product.error();
  // The same answer as for a product that does not exist: no hint that the id is in use.
  if (!principal.CanSee(product->customer_id)) return NoSuchProduct(id);
  return product;
}

}  // namespace bizline
