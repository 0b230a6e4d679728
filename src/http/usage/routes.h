// The usage capability's routes: a line's month-to-date volume with its daily series (issue 11).
#pragma once

#include "app/usage/usage_queries.h"
#include "app/usage/volume_packs.h"
#include "http/core/router.h"

namespace bizline::http {

void AddUsageRoutes(Router& router, UsageQueries& queries, VolumePackService& packs);
// TMF635 usage and usageSpecification (read-only).
void AddTmf635Routes(Router& router, UsageQueries& queries);

}  // namespace bizline::http
