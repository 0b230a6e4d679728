// TMF637 product inventory: list and get. Lines are created by provisioning when an order is
// activated (TMF622), never through this API.
#include "http/api.h"
#include "http/errors.h"
#include "http/product_json.h"

namespace bizline::http {

void AddProductRoutes(Router& router, ProductService& products) {
  const std::string base(kProductBase);
  router.Add(Method::kGet, base, Access::kAuthenticated, [&products](const Request& request, const Context& ctx) {
    auto page = ParsePaging(request);
    if (!page) return ErrorResponse(page.error());
    auto filter = ProductFilterFromQuery(request);
    if (!filter) return ErrorResponse(filter.error());
    auto result = products.List(*ctx.principal, *filter, *page);
    if (!result) return ErrorResponse(result.error());
    json items = json::array();
    for (const auto& p : result->items) items.push_back(ProductToJson(p));
    return ListResponse(items, result->total, request.Query("fields"));
  });

  router.Add(Method::kGet, base + "/{id}", Access::kAuthenticated,
             [&products](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto product = products.Get(*ctx.principal, ProductId(*id));
               if (!product) return ErrorResponse(product.error());
               return Response::Json(200, SelectFields(ProductToJson(*product), request.Query("fields")));
             });
}

}  // namespace bizline::http
