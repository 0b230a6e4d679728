// Party: customers, their sites and authorised representatives (TMF629, TMF632).
#include "app/party/customer_service.h"
#include "http/party/routes.h"
#include "main/assembly.h"
#include "main/capabilities.h"
#include "storage/party/repositories.h"

namespace bizline {

Capability PartyCapability() {
  return {"party", AddPartyRepositories, [](Assembly& a) -> Status {
            auto& customers = a.Make<CustomerService>(*a.platform().storage, a.platform().clock);
            a.AddRoutes([&customers](http::Router& router) {
              http::AddCustomerRoutes(router, customers);
              http::AddPartyRoutes(router, customers);
            });
            return Ok{};
          }};
}

}  // namespace bizline
