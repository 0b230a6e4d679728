// Availability: a line's yearly availability and the Service Credits it may claim (issue 13).
#include "app/availability/availability_queries.h"
#include "http/availability/routes.h"
#include "main/assembly.h"
#include "main/capabilities.h"

namespace bizline {

Capability AvailabilityCapability() {
  return {"availability", nullptr, [](Assembly& a) -> Status {
            Platform& p = a.platform();
            auto& queries = a.Make<AvailabilityQueries>(*p.storage, p.catalog, p.sla, p.clock);
            a.AddRoutes([&queries](http::Router& router) { http::AddAvailabilityRoutes(router, queries); });
            return Ok{};
          }};
}

}  // namespace bizline
