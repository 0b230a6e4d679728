// The party capability's routes: TMF629 customers and TMF632 organizations, with sites and representatives.
#pragma once

#include "app/party/customer_service.h"
#include "http/core/router.h"

namespace bizline::http {

void AddCustomerRoutes(Router& router, CustomerService& customers);
void AddPartyRoutes(Router& router, CustomerService& customers);

}  // namespace bizline::http
