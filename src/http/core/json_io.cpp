#include "http/core/json_io.h"

#include <algorithm>
#include <charconv>

#include "http/core/edge_text.h"

namespace bizline::http {
namespace {

std::string FieldPath(const std::string& path, const std::string& name) {
  return path.empty() ? name : path + "." + name;
}

std::optional<std::int64_t> ParseInteger(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

Result<json> ParseJsonObject(const Request& request) {
  auto type = request.Header("content-type").value_or("");
  if (type.find("json") == std::string::npos) {
    return Error::Invalid("Content-Type", "the body must be JSON (Content-Type: application/json)");
  }
  TRY(CheckJsonBytes(request.body));
  json body = json::parse(request.body, nullptr, false);
  if (body.is_discarded()) return Error::Invalid("body", "the body is not well-formed JSON");
  if (!body.is_object()) return Error::Invalid("body", "the body must be a JSON object");
  TRY(CheckJsonText(body));
  return body;
}

Status RejectUnknownMembers(const json& object, std::initializer_list<std::string_view> known,
                            const std::string& prefix) {
  for (const auto& [key, value] : object.items()) {
    if (!key.empty() && key.front() == '@') continue;
    bool found = false;
    for (auto k : known) found = found || k == key;
    if (!found) return Error::Invalid(FieldPath(prefix, key), "unknown field");
  }
  return Ok{};
}

Result<std::optional<std::string>> OptionalString(const json& object, const std::string& name,
                                                  const std::string& path) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::optional<std::string>();
  if (!it->is_string()) return Error::Invalid(FieldPath(path, name), "must be a string");
  return std::optional<std::string>(it->get<std::string>());
}

Result<std::string> RequiredString(const json& object, const std::string& name, const std::string& path) {
  ASSIGN_OR_RETURN(auto value, OptionalString(object, name, path));
  if (!value.has_value()) return Error::Invalid(FieldPath(path, name), "is required");
  return *value;
}

Result<std::optional<std::int64_t>> OptionalInteger(const json& object, const std::string& name,
                                                    const std::string& path) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::optional<std::int64_t>();
  if (it->is_number_integer()) return std::optional<std::int64_t>(it->get<std::int64_t>());
  // TMF characteristic values are often strings: accept "25" as 25.
  if (it->is_string()) {
    if (auto n = ParseInteger(it->get<std::string>())) return std::optional<std::int64_t>(*n);
  }
  return Error::Invalid(FieldPath(path, name), "must be an integer");
}

json SelectFields(const json& resource, const std::optional<std::string>& fields) {
  if (!fields || fields->empty()) return resource;
  json selected = json::object();
  std::string_view list = *fields;
  while (!list.empty()) {
    auto comma = list.find(',');
    std::string name(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (auto it = resource.find(name); it != resource.end()) selected[name] = *it;
  }
  return selected;
}

Status OnlyQueryParameters(const Request& request, std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : request.QueryItems()) {
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string listed;
    for (std::string_view name : known) listed += (listed.empty() ? "" : ", ") + std::string(name);
    return Error::Invalid(key, "unknown parameter; parameters: " + listed);
  }
  return Ok{};
}

Result<PageRequest> ParsePaging(const Request& request) {
  PageRequest page;
  if (auto offset = request.Query("offset")) {
    auto n = ParseInteger(*offset);
    if (!n || *n < 0) return Error::Invalid("offset", "must be a non-negative integer");
    page.offset = *n;
  }
  if (auto limit = request.Query("limit")) {
    auto n = ParseInteger(*limit);
    if (!n || *n < 1 || *n > kMaxPageLimit) {
      return Error::Invalid("limit", "must be an integer from 1 to " + std::to_string(kMaxPageLimit));
    }
    page.limit = *n;
  }
  return page;
}

Response ListResponse(const json& items, std::int64_t total, const std::optional<std::string>& fields) {
  json out = json::array();
  for (const auto& item : items) out.push_back(SelectFields(item, fields));
  Response r = Response::Json(200, out);
  r.headers.emplace_back("X-Total-Count", std::to_string(total));
  r.headers.emplace_back("X-Result-Count", std::to_string(items.size()));
  return r;
}

Result<std::int64_t> PathId(const Request& request, const std::string& name) {
  auto it = request.params.find(name);
  if (it == request.params.end()) return Error::Invalid(name, "missing path parameter");
  auto n = ParseInteger(it->second);
  if (!n || *n <= 0) return Error::NotFound("no resource with id " + it->second);
  return *n;
}

Result<std::int64_t> QueryId(std::string_view value, const std::string& field) {
  auto n = ParseInteger(value);
  if (!n || *n <= 0) return Error::Invalid(field, "must be a positive integer id");
  return *n;
}

}  // namespace bizline::http
