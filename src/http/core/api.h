// The bizline HTTP API's dispatcher: it authenticates, routes, checks the request's text, maps
// errors and records metrics. It knows no capability: each registers its routes through a
// RouteAdder (http/<capability>/routes.h), and main hands the dispatcher the list.
#pragma once

#include <functional>
#include <span>

#include "app/identity/auth_service.h"
#include "http/core/metrics.h"
#include "http/core/router.h"
#include "http/core/server.h"

namespace bizline::http {

// What a capability registers: a function adding its routes to the router.
using RouteAdder = std::function<void(Router& router)>;

// /healthz, /metrics and /openapi.json: the API's own routes, not a capability's.
void AddSystemRoutes(Router& router, const Metrics& metrics);

class ApiDispatcher final : public Dispatcher {
 public:
  // `auth` authenticates bearer tokens; `routes` are the capabilities' route adders.
  ApiDispatcher(AuthService& auth, Metrics& metrics, std::span<const RouteAdder> routes);
  std::size_t BodyLimit(Method method, const std::string& target) const override;
  Response Handle(Request& request) override;
  const Router& router() const { return router_; }

 private:
  Response Dispatch(Request& request);
  AuthService& auth_;
  Metrics& metrics_;
  Router router_;
};

}  // namespace bizline::http
