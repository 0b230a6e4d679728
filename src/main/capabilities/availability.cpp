// Availability: a line's yearly availability and the Service Credits it may claim (issue 13).
#include "app/availability/availability_queries.h"
#include "app/availability/credit_claims.h"
#include "http/availability/routes.h"
#include "main/assembly.h"
#include "main/capabilities.h"
#include "storage/availability/repositories.h"

namespace bizline {

Capability AvailabilityCapability() {
  return {"availability", AddAvailabilityRepositories, [](Assembly& a) -> Status {
            Platform& p = a.platform();
            auto& queries = a.Make<AvailabilityQueries>(*p.storage, p.catalog, p.sla, p.clock);
            auto& claims = a.Make<CreditClaimService>(*p.storage, p.catalog, p.sla, p.clock);
            a.AddRoutes([&queries, &claims](http::Router& router) {
              http::AddAvailabilityRoutes(router, queries);
              http::AddCreditClaimRoutes(router, claims);
            });
            return Ok{};
          }};
}

}  // namespace bizline
