// Native endpoints for a customer's sites and authorised representatives (no TMF resource
// fits; the service desk checks callers against the representatives, DESK-012).
#include "http/core/errors.h"
#include "http/party/customer_json.h"
#include "http/party/routes.h"

namespace bizline::http {
namespace {

const std::string kBase = "/api/v1/customer/{id}";

template <typename T, typename ToJson>
Response ListOf(const Result<std::vector<T>>& result, ToJson to_json) {
  if (!result) return ErrorResponse(result.error());
  json items = json::array();
  for (const auto& item : *result) items.push_back(to_json(item));
  return ListResponse(items, static_cast<std::int64_t>(items.size()), std::nullopt);
}

}  // namespace

void AddPartyRoutes(Router& router, CustomerService& customers) {
  router.Add(Method::kGet, kBase + "/site", Access::kAuthenticated,
             [&customers](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               return ListOf(customers.Sites(*ctx.principal, CustomerId(*id)), SiteToJson);
             });

  router.Add(Method::kPost, kBase + "/site", Access::kAuthenticated,
             [&customers](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto site = SiteFromJson(*body, CustomerId(*id));
               if (!site) return ErrorResponse(site.error());
               auto created = customers.AddSite(*ctx.principal, *site);
               if (!created) return ErrorResponse(created.error());
               return Response::Json(201, SiteToJson(*created));
             });

  router.Add(Method::kGet, kBase + "/representative", Access::kAuthenticated,
             [&customers](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               return ListOf(customers.Representatives(*ctx.principal, CustomerId(*id)), RepresentativeToJson);
             });

  router.Add(Method::kPost, kBase + "/representative", Access::kAuthenticated,
             [&customers](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto rep = RepresentativeFromJson(*body, CustomerId(*id));
               if (!rep) return ErrorResponse(rep.error());
               auto created = customers.AddRepresentative(*ctx.principal, *rep);
               if (!created) return ErrorResponse(created.error());
               return Response::Json(201, RepresentativeToJson(*created));
             });
}

}  // namespace bizline::http
