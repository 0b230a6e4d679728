#include "http/core/security_headers.h"

#include <strings.h>

#include <algorithm>

namespace bizline::http {
namespace {

bool Has(const Response& response, const char* name) {
  return std::any_of(response.headers.begin(), response.headers.end(),
                     [name](const auto& header) { return strcasecmp(header.first.c_str(), name) == 0; });
}

}  // namespace

void AddSecurityHeaders(Response& response) {
  response.headers.emplace_back("Content-Security-Policy", kContentSecurityPolicy);
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("X-Frame-Options", "DENY");
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  response.headers.emplace_back("Cross-Origin-Opener-Policy", "same-origin");
  response.headers.emplace_back("Cross-Origin-Resource-Policy", "same-origin");
  response.headers.emplace_back("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  if (!Has(response, "Cache-Control")) response.headers.emplace_back("Cache-Control", "no-store");
}

}  // namespace bizline::http
