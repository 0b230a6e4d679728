// The availability capability's routes (issue 13): a line's availability report for a year.
#pragma once

#include "app/availability/availability_queries.h"
#include "http/core/router.h"

namespace bizline::http {

void AddAvailabilityRoutes(Router& router, AvailabilityQueries& queries);

}  // namespace bizline::http
