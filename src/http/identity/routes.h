// The identity capability's routes: login, logout and who am I, for API clients (bearer tokens)
// and for browsers (a session cookie with its CSRF token).
#pragma once

#include "app/identity/auth_service.h"
#include "http/core/router.h"

namespace bizline::http {

void AddAuthRoutes(Router& router, AuthService& auth);
void AddSessionRoutes(Router& router, AuthService& auth);

}  // namespace bizline::http
