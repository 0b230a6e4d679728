// Business Hours (U-01, Proposed): Monday to Friday 08:00-18:00 Europe/Brussels (U-38),
// Belgian public holidays excluded (U-09). Implementation appointments (ORD-006) and
// escalation levels 1 and 5 (ESC-016, ESC-021) keep to them.
#pragma once

#include "domain/core/instant.h"

namespace bizline {

inline constexpr int kBusinessHoursOpen = 8;    // 08:00
inline constexpr int kBusinessHoursClose = 18;  // 18:00, exclusive

bool InBusinessHours(Instant instant);

}  // namespace bizline
