// The request and response values handlers see: Beast stays inside server.cpp.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace bizline::http {

enum class Method { kGet, kPost, kPatch, kPut, kDelete, kOther };

std::string_view ToString(Method method);

struct Request {
  Method method = Method::kGet;
  std::string path;                               // decoded path without the query string
  std::multimap<std::string, std::string> query;  // decoded query parameters
  std::map<std::string, std::string> headers;     // lower-cased names
  std::string body;
  std::map<std::string, std::string> params;  // path parameters filled by the router
  std::string request_id;

  std::optional<std::string> Header(const std::string& lower_name) const;
  // A handler reads its query parameters through these two, which remember what was read: the
  // OpenAPI contract test checks that every documented parameter is (tests/http/).
  std::optional<std::string> Query(const std::string& name) const;
  // Every parameter, for a route that filters by any attribute or refuses the unknown ones.
  const std::multimap<std::string, std::string>& QueryItems() const;
  mutable std::set<std::string> queried;
  // The token of an `Authorization: Bearer <token>` header; empty when there is none.
  std::string BearerToken() const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  static Response Json(int status, const nlohmann::json& body);
  static Response NoContent();
};

}  // namespace bizline::http
