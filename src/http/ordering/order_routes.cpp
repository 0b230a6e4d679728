// TMF622 productOrder: create (400 with every violation, nothing stored), get, list (?late=true:
// past their target activation date, ORD-034), and the changes of the implementation phase
// (PATCH: staff's state / milestone / rushFeasibility / quote / infrastructureWorks /
// mobileBackup / lateActivation; the Client's relatedParty contacts / siteReadiness /
// quoteAnswer / worksUpdate).
#include "app/ordering/ports.h"
#include "http/core/errors.h"
#include "http/ordering/order_json.h"
#include "http/ordering/routes.h"

namespace bizline::http {

void AddOrderRoutes(Router& router, OrderService& orders) {
  const std::string base(kProductOrderBase);

  router.Add(Method::kGet, base, Access::kAuthenticated, [&orders](const Request& request, const Context& ctx) {
    auto page = ParsePaging(request);
    if (!page) return ErrorResponse(page.error());
    auto filter = OrderFilterFromQuery(request);
    if (!filter) return ErrorResponse(filter.error());
    auto late = LateOnlyFromQuery(request);
    if (!late) return ErrorResponse(late.error());
    auto result = *late ? orders.ListLate(*ctx.principal, *filter, *page) : orders.List(*ctx.principal, *filter, *page);
    if (!result) return ErrorResponse(result.error());
    json items = json::array();
    for (const auto& order : result->items) items.push_back(OrderToJson(order, orders.catalog()));
    return ListResponse(items, result->total, request.Query("fields"));
  });

  router.Add(Method::kGet, base + "/{id}", Access::kAuthenticated,
             [&orders](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto order = orders.Get(*ctx.principal, OrderId(*id));
               if (!order) return ErrorResponse(order.error());
               return Response::Json(200, SelectFields(OrderToJson(*order, orders.catalog()), request.Query("fields")));
             });

  router.Add(Method::kPost, base, Access::kAuthenticated, [&orders, base](const Request& request, const Context& ctx) {
    auto body = ParseJsonObject(request);
    if (!body) return ErrorResponse(body.error());
    auto intake = OrderIntakeFromJson(*body);
    if (!intake) return ErrorResponse(intake.error());
    auto created = orders.Create(*ctx.principal, std::move(*intake));
    if (!created) return ErrorResponse(created.error());
    if (!created->order) return Response::Json(400, ViolationsErrorJson(created->violations));
    Response r = Response::Json(201, OrderToJson(*created->order, orders.catalog()));
    r.headers.emplace_back("Location", base + "/" + std::to_string(created->order->id.value()));
    return r;
  });

  router.Add(Method::kPatch, base + "/{id}", Access::kAuthenticated,
             [&orders](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto change = OrderChangeFromJson(*body);
               if (!change) return ErrorResponse(change.error());
               auto updated = orders.Change(*ctx.principal, OrderId(*id), *change);
               if (!updated) return ErrorResponse(updated.error());
               return Response::Json(200, OrderToJson(*updated, orders.catalog()));
             });
}

}  // namespace bizline::http
