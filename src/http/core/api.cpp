#include "http/core/api.h"

#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <random>

#include "domain/core/text.h"
#include "http/core/edge_text.h"
#include "http/core/errors.h"
#include "http/core/security_headers.h"
#include "http/core/session_cookie.h"
#include "http/core/url.h"

namespace bizline::http {
namespace {

// Keeps a caller's X-Request-Id when it is a sane token, otherwise makes one.
std::string RequestIdFor(const Request& request) {
  if (auto given = request.Header("x-request-id"); given && !given->empty() && given->size() <= 64) {
    bool sane = std::all_of(given->begin(), given->end(),
                            [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_' || c == '.'; });
    if (sane) return *given;
  }
  static const std::uint32_t kPrefix = std::random_device{}();
  static std::atomic<std::uint64_t> counter{0};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%08x-%06llx", kPrefix, static_cast<unsigned long long>(++counter));
  return buffer;
}

// RFC 9110 §5.6.7 IMF-fixdate: the server's clock, which a page's countdown corrects its own by.
std::string HttpDate(std::chrono::system_clock::time_point now) {
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[40];
  std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &utc);
  return text;
}

bool HasBody(Method method) { return method == Method::kPost || method == Method::kPatch || method == Method::kPut; }

}  // namespace

ApiDispatcher::ApiDispatcher(AuthService& auth, Metrics& metrics, std::span<const RouteAdder> routes)
    : auth_(auth), metrics_(metrics) {
  AddSystemRoutes(router_, metrics_);
  for (const RouteAdder& add : routes) add(router_);
}

std::size_t ApiDispatcher::BodyLimit(Method method, const std::string& target) const {
  auto parsed = ParseTarget(target);
  if (!parsed) return kDefaultBodyLimit;
  auto match = router_.Find(method, parsed->path);
  return match.route ? match.route->body_limit : kDefaultBodyLimit;
}

Response ApiDispatcher::Handle(Request& request) {
  auto start = std::chrono::steady_clock::now();
  request.request_id = RequestIdFor(request);
  std::string route_name = "unmatched";
  Response response;
  if (auto target = ParseTarget(request.path)) {
    request.path = std::move(target->path);
    request.query = std::move(target->query);
    auto match = router_.Find(request.method, request.path);
    if (match.route) route_name = match.route->pattern;
    if (auto text = CheckRequestText(request); !text) {
      response = ErrorResponse(text.error());
    } else {
      try {
        response = Dispatch(request);
      } catch (const std::exception& e) {
        spdlog::error("rid={} unhandled exception: {}", request.request_id, QuoteForLog(e.what()));
        response = ErrorResponse(500, "InternalError", "an internal error occurred; request id " + request.request_id);
      }
    }
  } else {
    response = ErrorResponse(400, "BadRequest", "the request target is malformed");
  }
  response.headers.emplace_back("X-Request-Id", request.request_id);
  response.headers.emplace_back("Date", HttpDate(std::chrono::system_clock::now()));
  AddSecurityHeaders(response);

  auto latency = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
  std::string method(ToString(request.method));
  metrics_.Record(method, route_name, response.status, latency);
  // The path is quoted and escaped: a client's %0a cannot start a log line of its own.
  spdlog::info("rid={} {} {} status={} bytes={} us={}", request.request_id, method, QuoteForLog(request.path),
               response.status, response.body.size(), latency.count());
  return response;
}

Response ApiDispatcher::Dispatch(Request& request) {
  auto match = router_.Find(request.method, request.path);
  if (match.kind == MatchKind::kNoSuchPath) {
    return ErrorResponse(404, "NotFound", "no endpoint at " + request.path + " (see /openapi.json)");
  }
  if (match.kind == MatchKind::kWrongMethod) {
    // RFC 9110 §15.5.6: a 405 lists the methods the resource has.
    std::string allow;
    for (Method method : match.allowed) allow += (allow.empty() ? "" : ", ") + std::string(ToString(method));
    Response refused = ErrorResponse(
        405, "MethodNotAllowed",
        std::string(ToString(request.method)) + " is not allowed on " + request.path + " (allowed: " + allow + ")");
    refused.headers.emplace_back("Allow", allow);
    return refused;
  }
  const Route& route = *match.route;
  request.params = std::move(match.params);

  std::optional<Principal> principal;
  if (route.access == Access::kAuthenticated) {
    // An API client sends its bearer token; a browser page its session cookie, and with every
    // unsafe request the session's CSRF token, which a page of another site cannot know.
    const CallerToken caller = CallerTokenOf(request);
    auto who = auth_.Authenticate(caller.token);
    if (!who) return ErrorResponse(who.error());
    if (caller.source == TokenSource::kCookie && IsUnsafe(request.method) &&
        !auth_.CsrfTokenMatches(caller.token, request.Header(std::string(kCsrfHeader)).value_or(""))) {
      return ErrorResponse(403, "CsrfTokenInvalid",
                           "a request made with the session cookie needs the session's X-CSRF-Token header",
                           "X-CSRF-Token");
    }
    principal = *who;
  }
  if (HasBody(request.method) && route.body_kind == BodyKind::kJson && !request.body.empty()) {
    auto type = request.Header("content-type").value_or("");
    if (type.find("json") == std::string::npos) {
      return ErrorResponse(415, "UnsupportedMediaType", "the body must be JSON (Content-Type: application/json)",
                           "Content-Type");
    }
  }
  Context context{principal ? &*principal : nullptr};
  return route.handler(request, context);
}

}  // namespace bizline::http
