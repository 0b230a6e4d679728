// GET /api/v1/line/{id}/usage?month=YYYY-MM: the month's volume of a line against its cap, with
// the volume of each Brussels day (USE-012: the Client checks the volume used so far this month),
// its Volume Packs and its throttle; POST /api/v1/line/{id}/volumePack (U-14); the staff's lists
// of throttles and of accounting users no line carries (U-13).
#include "domain/core/time_text.h"
#include "http/core/errors.h"
#include "http/core/json_io.h"
#include "http/usage/routes.h"

namespace bizline::http {
namespace {

json PackJson(const VolumePack& p) {
  return {{"id", std::to_string(p.id)},
          {"line", std::to_string(p.line.value())},
          {"month", FormatMonth(p.month)},
          {"volumeBytes", p.terms.size.value},
          {"charge", ToString(p.terms.charge)},
          {"price", {{"unit", "EUR"}, {"value", static_cast<double>(p.terms.price.value()) / 100.0}}},
          {"priceId", p.terms.price_id},
          {"orderedAt", FormatInstant(p.ordered_at)},
          {"orderedBy", p.ordered_by}};
}

// U-13: the reduced speed and until when; the NAS's side for the staff.
json ThrottleJson(const Throttle& t) {
  json out{{"line", std::to_string(t.line.value())}, {"radiusUserName", t.user_name},
           {"month", FormatMonth(t.month)},          {"state", ToString(t.state)},
           {"reducesSpeed", ReducesSpeed(t.state)},  {"profile", t.profile},
           {"since", FormatInstant(t.created_at)},   {"until", FormatInstant(ThrottleLiftsAt(t.month))}};
  if (t.lifted_at) out["liftedAt"] = FormatInstant(*t.lifted_at);
  if (!t.last_error.empty()) out["lastError"] = t.last_error;
  return out;
}

json UsageJson(const LineMonthUsage& u) {
  json days = json::array();
  for (const DailyVolume& d : u.days) days.push_back({{"day", FormatCivilDay(d.day)}, {"volumeBytes", d.bytes.value}});
  json cap{{"kind", ToString(u.cap.kind)}};
  if (u.cap.kind != CapKind::kUnlimited) cap["bytes"] = u.cap.bytes.value;
  json packs = json::array();
  for (const VolumePack& p : u.packs) packs.push_back(PackJson(p));
  json out{{"line", std::to_string(u.line.value())},
           {"radiusUserName", u.user_name},
           {"month", FormatMonth(u.month)},
           {"volumeBytes", u.volume.value},
           {"cap", cap},
           {"level", u.level},
           {"days", days},
           {"volumePacks", packs}};
  if (u.throttle) out["throttle"] = ThrottleJson(*u.throttle);
  if (u.pack_offer) {
    out["volumePackOffer"] = {
        {"volumeBytes", u.pack_offer->size.value},
        {"charge", ToString(u.pack_offer->charge)},
        {"price", {{"unit", "EUR"}, {"value", static_cast<double>(u.pack_offer->price.value()) / 100.0}}}};
  }
  if (u.throttle_speed) {
    out["throttleSpeed"] = {{"profile", u.throttle_speed->profile},
                            {"downKbps", u.throttle_speed->down_kbps},
                            {"upKbps", u.throttle_speed->up_kbps}};
  }
  return out;
}

// "2026-03" from ?month=, else the current month (nullopt); every other parameter is refused.
Result<std::optional<Month>> MonthParameter(const Request& request) {
  for (const auto& [key, value] : request.QueryItems()) {
    if (key != "month") return Error::Invalid(key, "unknown parameter; parameters: month");
  }
  auto given = request.Query("month");
  if (!given) return std::optional<Month>();
  auto month = ParseMonth(*given);
  if (!month) return Error::Invalid("month", "expected YYYY-MM");
  return std::optional<Month>(*month);
}

}  // namespace

void AddUsageRoutes(Router& router, UsageQueries& queries, VolumePackService& packs) {
  router.Add(Method::kGet, "/api/v1/line/{id}/usage", Access::kAuthenticated,
             [&queries](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto month = MonthParameter(request);
               if (!month) return ErrorResponse(month.error());
               auto usage = queries.LineMonth(*ctx.principal, ProductId(*id), *month);
               if (!usage) return ErrorResponse(usage.error());
               return Response::Json(200, UsageJson(*usage));
             });
  // U-14: one Volume Pack for the current month; the body is empty or {} (nothing to choose).
  router.Add(Method::kPost, "/api/v1/line/{id}/volumePack", Access::kAuthenticated,
             [&packs](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               if (!request.body.empty()) {
                 auto body = ParseJsonObject(request);
                 if (!body) return ErrorResponse(body.error());
                 if (auto s = RejectUnknownMembers(*body, {}); !s) return ErrorResponse(s.error());
               }
               auto ordered = packs.Order(*ctx.principal, ProductId(*id),
                                          "user/" + std::to_string(ctx.principal->user_id.value()));
               if (!ordered) return ErrorResponse(ordered.error());
               json out = PackJson(ordered->pack);
               out["throttleLifted"] = ordered->throttle_lifted;
               return Response::Json(201, out);
             });
  router.Add(Method::kGet, "/api/v1/usage/throttle", Access::kAuthenticated,
             [&queries](const Request& request, const Context& ctx) {
               auto month = MonthParameter(request);
               if (!month) return ErrorResponse(month.error());
               auto throttles = queries.Throttles(*ctx.principal, month->value_or(queries.CurrentMonth()));
               if (!throttles) return ErrorResponse(throttles.error());
               json out = json::array();
               for (const Throttle& t : *throttles) out.push_back(ThrottleJson(t));
               return Response::Json(200, out);
             });
  router.Add(
      Method::kGet, "/api/v1/usage/unmatched", Access::kAuthenticated,
      [&queries](const Request& request, const Context& ctx) {
        auto month = MonthParameter(request);
        if (!month) return ErrorResponse(month.error());
        const Month m = month->value_or(queries.CurrentMonth());
        auto users = queries.Unmatched(*ctx.principal, m);
        if (!users) return ErrorResponse(users.error());
        json out = json::array();
        for (const UserMonthVolume& u : *users) {
          out.push_back({{"radiusUserName", u.user_name}, {"month", FormatMonth(m)}, {"volumeBytes", u.bytes.value}});
        }
        return Response::Json(200, out);
      });
}

}  // namespace bizline::http
