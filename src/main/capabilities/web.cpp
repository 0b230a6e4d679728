// The web portal and console: the single page and its assets (the data comes from the API).
#include "http/web/routes.h"
#include "main/assembly.h"
#include "main/capabilities.h"

namespace bizline {

Capability WebCapability() {
  return {"web", nullptr, [](Assembly& a) -> Status {
            a.AddRoutes([](http::Router& router) { http::AddWebRoutes(router); });
            return Ok{};
          }};
}

}  // namespace bizline
