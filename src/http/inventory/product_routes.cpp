// TMF637 product inventory: list and get; lines are created by provisioning when an order is
// activated (TMF622), never through this API. After activation, the provisioning desk changes
// a line here: PATCH status terminated (TMF637), and the native actions option, renumbering
// (IP-006) and firewallChangeRequest (CAT-072..CAT-076) under the product; pending RIPE-488
// requests (IP-008, IP-009) are listed and resolved under /api/v1/ripeRequest.
#include "app/inventory/ports.h"
#include "app/ipam/ports.h"
#include "http/core/errors.h"
#include "http/inventory/product_json.h"
#include "http/inventory/routes.h"

namespace bizline::http {
namespace {

Response ProductResponse(const Result<Product>& product, const ServiceWindows& windows) {
  if (!product) return ErrorResponse(product.error());
  return Response::Json(200, ProductToJson(*product, windows.Of(*product)));
}

void AddLineRoutes(Router& router, ProductService& products, const ServiceWindows& windows, const std::string& base) {
  router.Add(Method::kPatch, base + "/{id}", Access::kAuthenticated,
             [&products, &windows](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto date = TerminationFromJson(*body);
               if (!date) return ErrorResponse(date.error());
               return ProductResponse(products.Terminate(*ctx.principal, ProductId(*id), *date), windows);
             });

  router.Add(Method::kPost, base + "/{id}/option", Access::kAuthenticated,
             [&products, &windows](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto option = OptionRequestFromJson(*body);
               if (!option) return ErrorResponse(option.error());
               return ProductResponse(products.AddOption(*ctx.principal, ProductId(*id), *option), windows);
             });

  router.Add(Method::kPost, base + "/{id}/renumbering", Access::kAuthenticated,
             [&products, &windows](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto targets = RenumberTargetsFromJson(*body);
               if (!targets) return ErrorResponse(targets.error());
               return ProductResponse(products.Renumber(*ctx.principal, ProductId(*id), *targets), windows);
             });

  router.Add(Method::kPost, base + "/{id}/firewallChangeRequest", Access::kAuthenticated,
             [&products, &windows, base](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               if (auto s = RejectUnknownMembers(*body, {"description", "channel"}); !s)
                 return ErrorResponse(s.error());
               auto description = RequiredString(*body, "description");
               if (!description) return ErrorResponse(description.error());
               auto channel = RequiredString(*body, "channel");
               if (!channel) return ErrorResponse(channel.error());
               auto created = products.RequestFirewallChange(*ctx.principal, ProductId(*id), *description, *channel);
               if (!created) return ErrorResponse(created.error());
               Response r = Response::Json(201, FirewallChangeToJson(*created));
               r.headers.emplace_back("Location", base + "/" + std::to_string(*id) + "/firewallChangeRequest");
               return r;
             });

  router.Add(Method::kGet, base + "/{id}/firewallChangeRequest", Access::kAuthenticated,
             [&products, &windows](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto list = products.FirewallChanges(*ctx.principal, ProductId(*id));
               if (!list) return ErrorResponse(list.error());
               json items = json::array();
               for (const auto& r : *list) items.push_back(FirewallChangeToJson(r));
               return ListResponse(items, static_cast<std::int64_t>(list->size()), request.Query("fields"));
             });
}

void AddRipeRoutes(Router& router, ProductService& products) {
  const std::string base(kRipeRequestBase);
  router.Add(Method::kGet, base, Access::kAuthenticated, [&products](const Request& request, const Context& ctx) {
    auto page = ParsePaging(request);
    if (!page) return ErrorResponse(page.error());
    auto filter = RipeFilterFromQuery(request);
    if (!filter) return ErrorResponse(filter.error());
    auto result = products.ListRipeRequests(*ctx.principal, *filter, *page);
    if (!result) return ErrorResponse(result.error());
    json items = json::array();
    for (const auto& r : result->items) items.push_back(RipeRequestToJson(r));
    return ListResponse(items, result->total, request.Query("fields"));
  });

  router.Add(Method::kGet, base + "/{id}", Access::kAuthenticated,
             [&products](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto found = products.GetRipeRequest(*ctx.principal, *id);
               if (!found) return ErrorResponse(found.error());
               return Response::Json(200, SelectFields(RipeRequestToJson(*found), request.Query("fields")));
             });

  router.Add(Method::kPatch, base + "/{id}", Access::kAuthenticated,
             [&products](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto decision = RipeDecisionFromJson(*body);
               if (!decision) return ErrorResponse(decision.error());
               auto resolved = products.ResolveRipeRequest(*ctx.principal, *id, decision->first, decision->second);
               if (!resolved) return ErrorResponse(resolved.error());
               return Response::Json(200, RipeRequestToJson(*resolved));
             });
}

}  // namespace

void AddProductRoutes(Router& router, ProductService& products, const ServiceWindows& windows) {
  const std::string base(kProductBase);
  router.Add(Method::kGet, base, Access::kAuthenticated,
             [&products, &windows](const Request& request, const Context& ctx) {
               auto page = ParsePaging(request);
               if (!page) return ErrorResponse(page.error());
               auto filter = ProductFilterFromQuery(request);
               if (!filter) return ErrorResponse(filter.error());
               auto result = products.List(*ctx.principal, *filter, *page);
               if (!result) return ErrorResponse(result.error());
               json items = json::array();
               for (const auto& p : result->items) items.push_back(ProductToJson(p, windows.Of(p)));
               return ListResponse(items, result->total, request.Query("fields"));
             });

  router.Add(Method::kGet, base + "/{id}", Access::kAuthenticated,
             [&products, &windows](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto product = products.Get(*ctx.principal, ProductId(*id));
               if (!product) return ErrorResponse(product.error());
               return Response::Json(
                   200, SelectFields(ProductToJson(*product, windows.Of(*product)), request.Query("fields")));
             });

  AddLineRoutes(router, products, windows, base);
  AddRipeRoutes(router, products);
}

}  // namespace bizline::http
