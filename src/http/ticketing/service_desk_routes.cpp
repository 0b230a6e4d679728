// GET /api/v1/serviceDesk: how the Client reaches the Service Desk (DESK-011): a page shows the
// number of its language when a P1 must be phoned in (DESK-023) rather than opened on the portal.
#include "domain/ticketing/service_desk.h"
#include "http/core/json_io.h"
#include "http/ticketing/routes.h"

namespace bizline::http {

void AddServiceDeskRoutes(Router& router) {
  router.Add(Method::kGet, "/api/v1/serviceDesk", Access::kAuthenticated, [](const Request&, const Context&) {
    json phones = json::array();
    for (const ServiceDeskPhone& phone : ServiceDeskPhones()) {
      phones.push_back({{"language", phone.language}, {"number", phone.number}});
    }
    return Response::Json(200, {{"phones", phones}, {"email", kServiceDeskEmail}, {"rule", "DESK-011"}});
  });
}

}  // namespace bizline::http
