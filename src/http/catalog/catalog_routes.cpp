// TMF620 productCatalogManagement, read-only: productOffering, productSpecification and
// productOfferingPrice (list and get) over the catalog loaded at start-up. Lists take `?fields=`,
// equality filters on top-level members (lifecycleStatus=Launched, isBundle=true, name=...) and
// offset/limit with X-Total-Count / X-Result-Count.
#include "http/catalog/routes.h"
#include "http/catalog/tmf620_json.h"
#include "http/core/errors.h"
#include "http/core/json_io.h"

namespace bizline::http {
namespace {

// The query parameters that are not filters.
bool IsListOption(const std::string& name) { return name == "fields" || name == "offset" || name == "limit"; }

// A member matches a filter value when its text (strings as they are, other scalars as JSON
// text: true, 42) is the value.
bool Matches(const json& item, const std::string& name, const std::string& value) {
  auto it = item.find(name);
  if (it == item.end()) return false;
  if (it->is_string()) return it->get<std::string>() == value;
  if (it->is_primitive()) return it->dump() == value;
  return false;
}

// A filter names a member the resource has (TMF630 attribute filtering); any other name is the
// client's mistake, answered 400 like on every list, never an empty list.
Status KnownFilters(const Request& request, const json& all) {
  for (const auto& [name, value] : request.QueryItems()) {
    if (IsListOption(name)) continue;
    bool known = false;
    for (const json& item : all) known = known || item.contains(name);
    if (!known) return Error::Invalid(name, "unknown parameter: no " + name + " attribute to filter on");
  }
  return Ok{};
}

Response FilteredList(const Request& request, const json& all) {
  auto page = ParsePaging(request);
  if (!page) return ErrorResponse(page.error());
  if (auto known = KnownFilters(request, all); !known) return ErrorResponse(known.error());
  json matching = json::array();
  for (const json& item : all) {
    bool keep = true;
    for (const auto& [name, value] : request.QueryItems())
      keep = keep && (IsListOption(name) || Matches(item, name, value));
    if (keep) matching.push_back(item);
  }
  json items = json::array();
  auto total = static_cast<std::int64_t>(matching.size());
  for (std::int64_t i = page->offset; i < total && i < page->offset + page->limit; ++i) {
    items.push_back(matching[static_cast<std::size_t>(i)]);
  }
  return ListResponse(items, total, request.Query("fields"));
}

using Finder = std::optional<json> (*)(const Catalog&, std::string_view, std::string_view);

Response One(const Request& request, const Catalog& catalog, Finder find, const char* kind) {
  const std::string& id = request.params.at("id");
  auto found = find(catalog, id, kProductCatalogBase);
  if (!found) return ErrorResponse(Error::NotFound(std::string("no ") + kind + " with id " + id));
  return Response::Json(200, SelectFields(*found, request.Query("fields")));
}

}  // namespace

void AddCatalogRoutes(Router& router, const Catalog& catalog) {
  const std::string base(kProductCatalogBase);
  router.Add(Method::kGet, base + "/productOffering", Access::kAuthenticated,
             [&catalog](const Request& request, const Context&) {
               return FilteredList(request, ProductOfferingsJson(catalog, kProductCatalogBase));
             });
  router.Add(Method::kGet, base + "/productOffering/{id}", Access::kAuthenticated,
             [&catalog](const Request& request, const Context&) {
               return One(request, catalog, FindProductOfferingJson, "productOffering");
             });
  router.Add(Method::kGet, base + "/productSpecification", Access::kAuthenticated,
             [&catalog](const Request& request, const Context&) {
               return FilteredList(request, ProductSpecificationsJson(catalog, kProductCatalogBase));
             });
  router.Add(Method::kGet, base + "/productSpecification/{id}", Access::kAuthenticated,
             [&catalog](const Request& request, const Context&) {
               return One(request, catalog, FindProductSpecificationJson, "productSpecification");
             });
  router.Add(Method::kGet, base + "/productOfferingPrice", Access::kAuthenticated,
             [&catalog](const Request& request, const Context&) {
               return FilteredList(request, ProductOfferingPricesJson(catalog, kProductCatalogBase));
             });
  router.Add(Method::kGet, base + "/productOfferingPrice/{id}", Access::kAuthenticated,
             [&catalog](const Request& request, const Context&) {
               return One(request, catalog, FindProductOfferingPriceJson, "productOfferingPrice");
             });
}

}  // namespace bizline::http
