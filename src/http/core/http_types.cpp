#include "http/core/http_types.h"

namespace bizline::http {

std::string_view ToString(Method method) {
  switch (method) {
    case Method::kGet: return "GET";
    case Method::kPost: return "POST";
    case Method::kPatch: return "PATCH";
    case Method::kPut: return "PUT";
    case Method::kDelete: return "DELETE";
    case Method::kOther: return "OTHER";
  }
  return "OTHER";
}

std::optional<std::string> Request::Header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  if (it == headers.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Request::Query(const std::string& name) const {
  queried.insert(name);
  auto it = query.find(name);
  if (it == query.end()) return std::nullopt;
  return it->second;
}

const std::multimap<std::string, std::string>& Request::QueryItems() const {
  for (const auto& [name, value] : query) queried.insert(name);
  return query;
}

std::string Request::BearerToken() const {
  auto header = Header("authorization").value_or("");
  constexpr std::string_view kPrefix = "Bearer ";
  if (header.rfind(kPrefix, 0) != 0) return {};
  return header.substr(kPrefix.size());
}

Response Response::Json(int status, const nlohmann::json& body) {
  Response r;
  r.status = status;
  // Never throws: text is checked at the edge, and anything older that is not UTF-8 is
  // answered with U+FFFD rather than failing a request whose change may already be committed.
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

Response Response::NoContent() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

}  // namespace bizline::http
