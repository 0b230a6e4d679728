// TMF635 Usage Management: a Usage is one line's data volume on one Brussels day (id
// "<product id>-<YYYYMMDD>"), of the single usageSpecification "data-volume". Read-only: usage
// enters through RADIUS accounting and `bizline usage import`. A representative sees its own
// lines only; unknown query parameters are refused by name.
#include "domain/calendar/brussels_time.h"
#include "domain/calendar/iso8601.h"
#include "domain/core/time_text.h"
#include "http/core/errors.h"
#include "http/core/json_io.h"
#include "http/usage/routes.h"

namespace bizline::http {
namespace {

const std::string kUsageBase = "/tmf-api/usageManagement/v4/usage";
const std::string kSpecBase = "/tmf-api/usageManagement/v4/usageSpecification";
constexpr const char* kSpecId = "data-volume";

std::string CompactDay(CivilDay day) {
  std::string text = FormatCivilDay(day);  // YYYY-MM-DD
  return text.substr(0, 4) + text.substr(5, 2) + text.substr(8, 2);
}

json SpecJson() {
  return {{"id", kSpecId},
          {"href", kSpecBase + "/" + kSpecId},
          {"name", "Data volume per day"},
          {"description",
           "Bytes sent and received by a line on one calendar day in Europe/Brussels, from RADIUS "
           "accounting (input + output octets with gigawords); 1 GB = 10^9 bytes (T-12)"},
          {"lifecycleStatus", "Active"},
          {"isBundle", false},
          {"specCharacteristic", json::array({{{"name", "volumeBytes"}, {"valueType", "integer"}},
                                              {{"name", "radiusUserName"}, {"valueType", "string"}},
                                              {{"name", "productId"}, {"valueType", "string"}}})},
          {"@type", "UsageSpecification"}};
}

json UsageJson(const LineDayVolume& u) {
  const std::string id = std::to_string(u.line.value()) + "-" + CompactDay(u.day);
  const std::string customer = std::to_string(u.customer.value());
  return {
      {"id", id},
      {"href", kUsageBase + "/" + id},
      {"usageDate", FormatInstant(FromBrusselsLocal(LocalSeconds(u.day)))},
      {"usageType", "data"},
      {"status", "received"},
      {"description", "data volume of line " + std::to_string(u.line.value()) + " on " + FormatCivilDay(u.day)},
      {"usageSpecification", {{"id", kSpecId}, {"href", kSpecBase + "/" + kSpecId}, {"name", "Data volume per day"}}},
      {"relatedParty", json::array({{{"id", customer},
                                     {"href", "/tmf-api/customerManagement/v4/customer/" + customer},
                                     {"role", "customer"},
                                     {"@referredType", "Customer"}}})},
      {"usageCharacteristic",
       json::array({{{"name", "volumeBytes"}, {"valueType", "integer"}, {"value", u.bytes.value}},
                    {{"name", "radiusUserName"}, {"valueType", "string"}, {"value", u.user_name}},
                    {{"name", "productId"}, {"valueType", "string"}, {"value", std::to_string(u.line.value())}}})},
      {"@type", "Usage"}};
}

// A day given as YYYY-MM-DD, or as an instant (its Brussels day).
Result<CivilDay> DayParam(const std::string& text, const std::string& field) {
  if (auto day = ParseCivilDay(text)) return *day;
  ASSIGN_OR_RETURN(Instant at, ParseIso8601(text, field));
  return BrusselsDay(at);
}

Result<LineDayFilter> FilterFromQuery(const Request& request) {
  LineDayFilter f;
  for (const auto& [key, value] : request.QueryItems()) {
    if (key == "fields" || key == "offset" || key == "limit") continue;
    if (key == "usageDate.gte") {
      ASSIGN_OR_RETURN(f.from, DayParam(value, key));
    } else if (key == "usageDate.lt") {
      ASSIGN_OR_RETURN(f.until, DayParam(value, key));
    } else if (key == "relatedParty.id") {
      ASSIGN_OR_RETURN(auto id, QueryId(value, key));
      f.customer = CustomerId(id);
    } else if (key == "product.id") {
      ASSIGN_OR_RETURN(auto id, QueryId(value, key));
      f.line = ProductId(id);
    } else {
      return Error::Invalid(key, "unknown filter; filters: usageDate.gte, usageDate.lt, relatedParty.id, product.id");
    }
  }
  return f;
}

}  // namespace

void AddTmf635Routes(Router& router, UsageQueries& queries) {
  router.Add(Method::kGet, kUsageBase, Access::kAuthenticated, [&queries](const Request& request, const Context& ctx) {
    auto page = ParsePaging(request);
    if (!page) return ErrorResponse(page.error());
    auto filter = FilterFromQuery(request);
    if (!filter) return ErrorResponse(filter.error());
    auto result = queries.LineDays(*ctx.principal, *filter, *page);
    if (!result) return ErrorResponse(result.error());
    json items = json::array();
    for (const LineDayVolume& u : result->items) items.push_back(UsageJson(u));
    return ListResponse(items, result->total, request.Query("fields"));
  });

  router.Add(Method::kGet, kUsageBase + "/{id}", Access::kAuthenticated,
             [&queries](const Request& request, const Context& ctx) {
               const std::string& id = request.params.at("id");
               const auto not_found = ErrorResponse(Error::NotFound("no usage " + id));
               const std::size_t dash = id.rfind('-');
               if (dash == std::string::npos || id.size() - dash != 9) return not_found;
               auto line = QueryId(id.substr(0, dash), "id");
               const std::string d = id.substr(dash + 1);
               auto day = ParseCivilDay(d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2));
               if (!line || !day) return not_found;
               LineDayFilter filter;
               filter.line = ProductId(*line);
               filter.from = *day;
               filter.until = *day + date::days(1);
               auto result = queries.LineDays(*ctx.principal, filter, {0, 1});
               if (!result) return ErrorResponse(result.error());
               if (result->items.empty()) return not_found;
               return Response::Json(200, SelectFields(UsageJson(result->items.front()), request.Query("fields")));
             });

  router.Add(Method::kGet, kSpecBase, Access::kAuthenticated, [](const Request& request, const Context&) {
    return ListResponse(json::array({SpecJson()}), 1, request.Query("fields"));
  });
  router.Add(Method::kGet, kSpecBase + "/{id}", Access::kAuthenticated, [](const Request& request, const Context&) {
    if (request.params.at("id") != kSpecId) {
      return ErrorResponse(Error::NotFound("no usageSpecification " + request.params.at("id")));
    }
    return Response::Json(200, SpecJson());
  });
}

}  // namespace bizline::http
