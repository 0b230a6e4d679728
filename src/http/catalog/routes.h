// The catalog capability's routes: the TMF620 product catalog, read from the loaded catalog files.
#pragma once

#include "domain/catalog/catalog.h"
#include "http/core/router.h"

namespace bizline::http {

void AddCatalogRoutes(Router& router, const Catalog& catalog);

}  // namespace bizline::http
