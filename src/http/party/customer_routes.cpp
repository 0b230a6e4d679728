// TMF629 customer: list, get, create, patch.
#include "app/party/ports.h"
#include "http/core/errors.h"
#include "http/party/customer_json.h"
#include "http/party/routes.h"

namespace bizline::http {
namespace {

const std::string kBase(kCustomerBase);

Result<CustomerFilter> FilterOf(const Request& request) {
  TRY(OnlyQueryParameters(request, {"name", "status", "fields", "offset", "limit"}));
  CustomerFilter filter;
  if (auto name = request.Query("name")) filter.name = *name;
  if (auto status = request.Query("status")) {
    auto parsed = ParseCustomerStatus(*status);
    if (!parsed) return Error::Invalid("status", "must be one of active, suspended, terminated");
    filter.status = *parsed;
  }
  return filter;
}

}  // namespace

void AddCustomerRoutes(Router& router, CustomerService& customers) {
  router.Add(Method::kGet, kBase, Access::kAuthenticated, [&customers](const Request& request, const Context& ctx) {
    auto page = ParsePaging(request);
    if (!page) return ErrorResponse(page.error());
    auto filter = FilterOf(request);
    if (!filter) return ErrorResponse(filter.error());
    auto result = customers.List(*ctx.principal, *filter, *page);
    if (!result) return ErrorResponse(result.error());
    json items = json::array();
    for (const auto& c : result->items) items.push_back(CustomerToJson(c));
    return ListResponse(items, result->total, request.Query("fields"));
  });

  router.Add(Method::kGet, kBase + "/{id}", Access::kAuthenticated,
             [&customers](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto customer = customers.Get(*ctx.principal, CustomerId(*id));
               if (!customer) return ErrorResponse(customer.error());
               return Response::Json(200, SelectFields(CustomerToJson(*customer), request.Query("fields")));
             });

  router.Add(Method::kPost, kBase, Access::kAuthenticated, [&customers](const Request& request, const Context& ctx) {
    auto body = ParseJsonObject(request);
    if (!body) return ErrorResponse(body.error());
    auto draft = CustomerFromJson(*body);
    if (!draft) return ErrorResponse(draft.error());
    auto created = customers.Create(*ctx.principal, *draft);
    if (!created) return ErrorResponse(created.error());
    Response r = Response::Json(201, CustomerToJson(*created));
    r.headers.emplace_back("Location", kBase + "/" + std::to_string(created->id.value()));
    return r;
  });

  router.Add(Method::kPatch, kBase + "/{id}", Access::kAuthenticated,
             [&customers](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto patch = CustomerPatchFromJson(*body);
               if (!patch) return ErrorResponse(patch.error());
               auto updated = customers.Patch(*ctx.principal, CustomerId(*id), *patch);
               if (!updated) return ErrorResponse(updated.error());
               return Response::Json(200, CustomerToJson(*updated));
             });
}

}  // namespace bizline::http
