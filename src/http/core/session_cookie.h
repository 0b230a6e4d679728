// The browser session's cookie (http/identity/session_routes.cpp sets it, the dispatcher reads
// it): HttpOnly so no script reads it, SameSite=Strict so no other site's page sends it, Secure
// when the request reached us over TLS (a proxy in front says so with X-Forwarded-Proto).
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "http/core/http_types.h"

namespace bizline::http {

inline constexpr std::string_view kSessionCookieName = "bizline_session";
// The header a page sends its CSRF token in on every POST, PATCH, PUT and DELETE.
inline constexpr std::string_view kCsrfHeader = "x-csrf-token";

// The session token the request's Cookie header carries; empty when there is none.
std::string SessionCookie(const Request& request);

// How a request names its session: an API client's bearer token, else a browser's cookie.
enum class TokenSource { kBearer, kCookie };
struct CallerToken {
  std::string token;  // empty when the request carries neither
  TokenSource source = TokenSource::kBearer;
};
CallerToken CallerTokenOf(const Request& request);

// Set-Cookie values that start and end the session.
std::string SessionCookieHeader(const Request& request, const std::string& token, std::chrono::seconds max_age);
std::string ClearedSessionCookieHeader(const Request& request);

// Whether a method changes state, so a cookie-authenticated request needs its CSRF token.
bool IsUnsafe(Method method);

}  // namespace bizline::http
