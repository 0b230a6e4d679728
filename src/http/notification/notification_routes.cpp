// Native /api/v1/notification: what bizline told a customer (the outbox), newest state of each.
#include "domain/core/time_text.h"
#include "http/core/errors.h"
#include "http/core/json_io.h"
#include "http/notification/routes.h"

namespace bizline::http {
namespace {

json NotificationToJson(const Notification& n) {
  json j{{"id", std::to_string(n.id.value())},
         {"customer", std::to_string(n.customer_id.value())},
         {"channel", std::string(ToString(n.channel))},
         {"kind", n.kind},
         {"reference", n.reference},
         {"recipients", n.recipients},
         {"subject", n.subject},
         {"body", n.body},
         {"status", std::string(ToString(n.status))},
         {"attempts", n.attempts},
         {"createdAt", FormatInstant(n.created_at)}};
  if (n.sent_at) j["sentAt"] = FormatInstant(*n.sent_at);
  if (!n.last_error.empty()) j["lastError"] = n.last_error;
  return j;
}

}  // namespace

void AddNotificationRoutes(Router& router, NotificationService& notifications) {
  router.Add(Method::kGet, "/api/v1/notification", Access::kAuthenticated,
             [&notifications](const Request& request, const Context& ctx) {
               auto page = ParsePaging(request);
               if (!page) return ErrorResponse(page.error());
               std::optional<CustomerId> customer;
               for (const auto& [key, value] : request.QueryItems()) {
                 if (key == "fields" || key == "offset" || key == "limit") continue;
                 if (key != "customer") return ErrorResponse(Error::Invalid(key, "unknown filter; filters: customer"));
                 auto id = QueryId(value, "customer");
                 if (!id) return ErrorResponse(id.error());
                 customer = CustomerId(*id);
               }
               auto result = notifications.List(*ctx.principal, customer, *page);
               if (!result) return ErrorResponse(result.error());
               json items = json::array();
               for (const auto& n : result->items) items.push_back(NotificationToJson(n));
               return ListResponse(items, result->total, request.Query("fields"));
             });
}

}  // namespace bizline::http
