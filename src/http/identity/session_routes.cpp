// Browser sessions: POST /auth/session logs in and sets the HttpOnly session cookie, GET tells
// the page who it is and its CSRF token (after a reload), DELETE logs out and clears the cookie.
// The token stays in the cookie: the page never sees it, so a script cannot steal it.
#include "domain/core/time_text.h"
#include "http/core/errors.h"
#include "http/core/json_io.h"
#include "http/core/session_cookie.h"
#include "http/identity/login_body.h"
#include "http/identity/routes.h"
#include "http/identity/user_json.h"

namespace bizline::http {
namespace {

json SessionJson(const SessionView& session) {
  return {{"user", UserToJson(session.user)},
          {"csrfToken", session.csrf_token},
          {"expiresAt", FormatInstant(session.expires_at)}};
}

// A login form posted from another site's page (login CSRF) names that site as its Origin.
bool FromOurOrigin(const Request& request) {
  auto origin = request.Header("origin");
  if (!origin || *origin == "null") return !origin.has_value();
  const std::string host = request.Header("host").value_or("");
  return *origin == "http://" + host || *origin == "https://" + host;
}

}  // namespace

void AddSessionRoutes(Router& router, AuthService& auth) {
  router.Add(Method::kPost, "/auth/session", Access::kPublic, [&auth](const Request& request, const Context&) {
    if (!FromOurOrigin(request)) {
      return ErrorResponse(403, "CrossOriginLogin", "a login must come from bizline's own page", "Origin");
    }
    auto login = LogInWithBody(auth, request);
    if (!login) return ErrorResponse(login.error());
    SessionView session{login->user, login->expires_at, auth.CsrfToken(login->token)};
    Response response = Response::Json(200, SessionJson(session));
    response.headers.emplace_back("Set-Cookie", SessionCookieHeader(request, login->token, auth.session_lifetime()));
    return response;
  });

  router.Add(Method::kGet, "/auth/session", Access::kAuthenticated, [&auth](const Request& request, const Context&) {
    auto session = auth.Session(CallerTokenOf(request).token);
    if (!session) return ErrorResponse(session.error());
    return Response::Json(200, SessionJson(*session));
  });

  router.Add(Method::kDelete, "/auth/session", Access::kAuthenticated, [&auth](const Request& request, const Context&) {
    if (auto s = auth.Logout(CallerTokenOf(request).token); !s) return ErrorResponse(s.error());
    Response response = Response::NoContent();
    response.headers.emplace_back("Set-Cookie", ClearedSessionCookieHeader(request));
    return response;
  });
}

}  // namespace bizline::http
