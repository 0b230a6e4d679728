// The body both logins take, `{"email","password"}` and nothing else: POST /auth/login (a bearer
// token for API clients) and POST /auth/session (a cookie for browsers).
#pragma once

#include "app/identity/auth_service.h"
#include "http/core/http_types.h"

namespace bizline::http {

Result<LoginResult> LogInWithBody(AuthService& auth, const Request& request);

}  // namespace bizline::http
