// Business Hours for the escalation matrix (U-01, Proposed): Monday to Friday 08:00-18:00
// Europe/Brussels (U-38), Belgian public holidays excluded (U-09). Levels 1 and 5 exist only
// then (ESC-016, ESC-021); outside them the on-duty CEM covers level 1 (ESC-018, X-28).
#pragma once

#include "domain/core/instant.h"

namespace bizline {

inline constexpr int kBusinessHoursOpen = 8;    // 08:00
inline constexpr int kBusinessHoursClose = 18;  // 18:00, exclusive

bool WithinBusinessHours(Instant instant);

}  // namespace bizline
