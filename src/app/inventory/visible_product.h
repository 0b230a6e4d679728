// The one tenant-visibility load of a line, for every use case that reads one by id.
#pragma once

#include "app/core/storage.h"
#include "domain/identity/role.h"
#include "domain/inventory/product.h"

namespace bizline {

// The product as `principal` may see it: another customer's line is NotFound, exactly like a
// line that does not exist, so an id gives no hint that it is in use.
Result<Product> VisibleProduct(Transaction& tx, const Principal& principal, ProductId id);
Error NoSuchProduct(ProductId id);

}  // namespace bizline
