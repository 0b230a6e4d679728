// The ordering capability's routes: TMF622 product orders and their implementation steps.
#pragma once

#include "app/ordering/order_service.h"
#include "http/core/router.h"

namespace bizline::http {

void AddOrderRoutes(Router& router, OrderService& orders);

}  // namespace bizline::http
