// The identity capability's routes: login, logout and who am I.
#pragma once

#include "app/identity/auth_service.h"
#include "http/core/router.h"

namespace bizline::http {

void AddAuthRoutes(Router& router, AuthService& auth);

}  // namespace bizline::http
