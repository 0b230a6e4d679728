// The web portal's pages: GET / answers the single page (index.html), GET /assets/{name} its
// script and style sheet. Public, like any login page: the data they show comes from the API,
// which authenticates every request.
#pragma once

#include "http/core/router.h"

namespace bizline::http {

void AddWebRoutes(Router& router);

}  // namespace bizline::http
