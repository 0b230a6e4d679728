// Identity: users, logins and bearer tokens.
#include "app/identity/auth_service.h"
#include "http/identity/metrics_text.h"
#include "http/identity/routes.h"
#include "main/assembly.h"
#include "main/capabilities.h"
#include "storage/identity/repositories.h"

namespace bizline {

Capability IdentityCapability() {
  return {"identity", AddIdentityRepositories, [](Assembly& a) -> Status {
            Platform& p = a.platform();
            auto& auth = a.Make<AuthService>(*p.storage, p.clock, p.crypto);
            a.AddRoutes([&auth](http::Router& router) {
              http::AddAuthRoutes(router, auth);
              http::AddSessionRoutes(router, auth);
            });
            a.AddMetrics([&auth] { return http::RenderLoginMetrics(auth.failed_logins()); });
            return Ok{};
          }};
}

}  // namespace bizline
