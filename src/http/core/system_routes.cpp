// /healthz, /metrics (staff only) and /openapi.json.
#include "app/core/permissions.h"
#include "http/core/api.h"
#include "http/core/errors.h"
#include "http/openapi_embedded.h"  // generated from openapi.json

namespace bizline::http {

void AddSystemRoutes(Router& router, const Metrics& metrics) {
  router.Add(Method::kGet, "/healthz", Access::kPublic, [](const Request&, const Context&) {
    return Response::Json(200, {{"status", "ok"}});
  });

  router.Add(Method::kGet, "/metrics", Access::kAuthenticated, [&metrics](const Request&, const Context& ctx) {
    if (auto s = Require(*ctx.principal, Operation::kMetricsRead); !s) return ErrorResponse(s.error());
    Response r;
    r.content_type = "text/plain; version=0.0.4";
    r.body = metrics.Render();
    return r;
  });

  router.Add(Method::kGet, "/openapi.json", Access::kPublic, [](const Request&, const Context&) {
    Response r;
    r.body = std::string(kOpenApiJson);
    return r;
  });
}

}  // namespace bizline::http
