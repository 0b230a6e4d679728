// The inventory capability's routes: TMF637 products (lines), their changes and RIPE-488 requests.
#pragma once

#include "app/inventory/product_service.h"
#include "app/inventory/service_windows.h"
#include "http/core/router.h"

namespace bizline::http {

void AddProductRoutes(Router& router, ProductService& products, const ServiceWindows& windows);

}  // namespace bizline::http
