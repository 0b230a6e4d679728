#include "http/core/session_cookie.h"

#include <algorithm>
#include <cctype>

namespace bizline::http {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool OverTls(const Request& request) {
  std::string proto = request.Header("x-forwarded-proto").value_or("");
  std::transform(proto.begin(), proto.end(), proto.begin(), [](unsigned char c) { return std::tolower(c); });
  return proto == "https";
}

std::string Attributes(const Request& request) {
  return std::string("; Path=/; HttpOnly; SameSite=Strict") + (OverTls(request) ? "; Secure" : "");
}

}  // namespace

std::string SessionCookie(const Request& request) {
  const std::string header = request.Header("cookie").value_or("");
  std::string_view rest = header;
  while (!rest.empty()) {
    std::size_t end = rest.find(';');
    std::string_view pair = Trim(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    if (Trim(pair.substr(0, eq)) == kSessionCookieName) return std::string(Trim(pair.substr(eq + 1)));
  }
  return {};
}

CallerToken CallerTokenOf(const Request& request) {
  std::string bearer = request.BearerToken();
  if (!bearer.empty()) return {std::move(bearer), TokenSource::kBearer};
  return {SessionCookie(request), TokenSource::kCookie};
}

std::string SessionCookieHeader(const Request& request, const std::string& token, std::chrono::seconds max_age) {
  return std::string(kSessionCookieName) + "=" + token + "; Max-Age=" + std::to_string(max_age.count()) +
         Attributes(request);
}

std::string ClearedSessionCookieHeader(const Request& request) {
  return std::string(kSessionCookieName) + "=; Max-Age=0" + Attributes(request);
}

bool IsUnsafe(Method method) { return method != Method::kGet; }

}  // namespace bizline::http
