// GET /api/v1/line/{id}/usage?month=YYYY-MM: the month's volume of a line against its cap, with
// the volume of each Brussels day (USE-012: the Client checks the volume used so far this month).
#include "domain/core/time_text.h"
#include "http/core/errors.h"
#include "http/core/json_io.h"
#include "http/usage/routes.h"

namespace bizline::http {
namespace {

json UsageJson(const LineMonthUsage& u) {
  json days = json::array();
  for (const DailyVolume& d : u.days) days.push_back({{"day", FormatCivilDay(d.day)}, {"volumeBytes", d.bytes.value}});
  json cap{{"kind", ToString(u.cap.kind)}};
  if (u.cap.kind != CapKind::kUnlimited) cap["bytes"] = u.cap.bytes.value;
  return {{"line", std::to_string(u.line.value())},
          {"radiusUserName", u.user_name},
          {"month", FormatMonth(u.month)},
          {"volumeBytes", u.volume.value},
          {"cap", cap},
          {"level", u.level},
          {"days", days}};
}

}  // namespace

void AddUsageRoutes(Router& router, UsageQueries& queries) {
  router.Add(Method::kGet, "/api/v1/line/{id}/usage", Access::kAuthenticated,
             [&queries](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               std::optional<Month> month;
               for (const auto& [key, value] : request.QueryItems()) {
                 if (key != "month") return ErrorResponse(Error::Invalid(key, "unknown parameter; parameters: month"));
               }
               if (auto given = request.Query("month")) {
                 month = ParseMonth(*given);
                 if (!month) return ErrorResponse(Error::Invalid("month", "expected YYYY-MM"));
               }
               auto usage = queries.LineMonth(*ctx.principal, ProductId(*id), month);
               if (!usage) return ErrorResponse(usage.error());
               return Response::Json(200, UsageJson(*usage));
             });
}

}  // namespace bizline::http
