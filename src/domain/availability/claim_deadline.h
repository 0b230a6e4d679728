// SLA-010, SLA-011, X-45: Service Credits are claimed by the Client, and a claim must reach the
// operator within three months after the end of the month in which the breach was found (a
// restoration breach: its resolution month; an availability breach: December of the measured
// year, X-24). The deadline day is inclusive, in Belgian local time (U-21).
#pragma once

#include <date/date.h>

#include "domain/core/time_text.h"

namespace bizline {

// The last day a claim for a breach found in `found` is accepted: the last day of the third month
// after it (a breach found in January may be claimed until 30 April).
CivilDay ClaimDeadline(date::year_month found);

}  // namespace bizline
