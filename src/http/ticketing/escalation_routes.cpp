// The escalation procedure (ESC, T-17) on a trouble ticket: read the level and its history,
// request the next step, and link a ticket to its general-outage parent (U-29, ESC-013).
#include "http/core/errors.h"
#include "http/ticketing/escalation_json.h"
#include "http/ticketing/routes.h"

namespace bizline::http {
namespace {

const std::string kBase(kEscalationBase);

std::string TicketNumberParam(const Request& request) {
  auto it = request.params.find("id");
  return it == request.params.end() ? std::string() : it->second;
}

}  // namespace

void AddEscalationRoutes(Router& router, EscalationService& escalations) {
  router.Add(Method::kGet, kBase + "/{id}/escalation", Access::kAuthenticated,
             [&escalations](const Request& request, const Context& ctx) {
               auto view = escalations.Get(*ctx.principal, TicketNumberParam(request));
               if (!view) return ErrorResponse(view.error());
               return Response::Json(200, SelectFields(EscalationToJson(*view), request.Query("fields")));
             });

  router.Add(Method::kPost, kBase + "/{id}/escalation", Access::kAuthenticated,
             [&escalations](const Request& request, const Context& ctx) {
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto input = EscalationInputFromJson(*body);
               if (!input) return ErrorResponse(input.error());
               std::string number = TicketNumberParam(request);
               auto view = escalations.Escalate(*ctx.principal, number, *input);
               if (!view) return ErrorResponse(view.error());
               Response r = Response::Json(201, EscalationToJson(*view));
               r.headers.emplace_back("Location", kBase + "/" + number + "/escalation");
               return r;
             });

  router.Add(Method::kPost, kBase + "/{id}/outage", Access::kAuthenticated,
             [&escalations](const Request& request, const Context& ctx) {
               auto body = ParseJsonObject(request);
               if (!body) return ErrorResponse(body.error());
               auto parent = OutageParentFromJson(*body);
               if (!parent) return ErrorResponse(parent.error());
               auto view = escalations.LinkToOutage(*ctx.principal, TicketNumberParam(request), *parent);
               if (!view) return ErrorResponse(view.error());
               return Response::Json(200, EscalationToJson(*view));
             });
}

}  // namespace bizline::http
