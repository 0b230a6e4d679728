// The availability capability's routes (issue 13): a line's availability report for a year.
#pragma once

#include "app/availability/availability_queries.h"
#include "app/availability/credit_claims.h"
#include "http/core/router.h"

namespace bizline::http {

void AddAvailabilityRoutes(Router& router, AvailabilityQueries& queries);
// Service Credit claims (SLA-010): filed, listed, approved or refused.
void AddCreditClaimRoutes(Router& router, CreditClaimService& claims);

}  // namespace bizline::http
