// The headers every response carries, API and web pages alike: a strict Content-Security-Policy
// (scripts, styles and requests only from bizline itself, no inline code, no framing), no MIME
// sniffing, no referrer, and no caching of API answers (a response may hold a customer's data).
#pragma once

#include "http/core/http_types.h"

namespace bizline::http {

inline constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

// Adds what the response does not set itself (a static asset sets its own Cache-Control).
void AddSecurityHeaders(Response& response);

}  // namespace bizline::http
