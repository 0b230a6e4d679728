// Catalog: the offer as data (catalog/*.yaml, loaded into the platform), served as TMF620.
#include "http/catalog/routes.h"
#include "main/assembly.h"
#include "main/capabilities.h"

namespace bizline {

Capability CatalogCapability() {
  return {"catalog", nullptr, [](Assembly& a) -> Status {
            const Catalog& catalog = a.platform().catalog;
            a.AddRoutes([&catalog](http::Router& router) { http::AddCatalogRoutes(router, catalog); });
            return Ok{};
          }};
}

}  // namespace bizline
