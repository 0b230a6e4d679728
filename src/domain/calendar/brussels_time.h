// Europe/Brussels local time (U-38): conversions between UTC instants and Belgian wall-clock
// time over the OS tz database. Used to build calendars and to read cut-offs, never in hot loops.
#pragma once

#include <date/tz.h>

#include "domain/calendar/belgian_holidays.h"
#include "domain/core/instant.h"

namespace bizline {

using LocalSeconds = date::local_seconds;

const date::time_zone& BrusselsZone();

LocalSeconds ToBrusselsLocal(Instant instant);
CivilDay BrusselsDay(Instant instant);

// Whether a wall-clock time is skipped or repeated by a daylight-saving transition.
enum class LocalTimeKind { kUnique, kNonexistent, kAmbiguous };
LocalTimeKind ClassifyBrusselsLocal(LocalSeconds local);

// The instant of a Brussels wall-clock time. A time skipped by the spring transition maps to the
// transition instant; a time repeated in autumn maps to its first occurrence.
Instant FromBrusselsLocal(LocalSeconds local);

// UTC offset in force at `instant`, in seconds (3600 in winter, 7200 in summer).
Seconds BrusselsOffset(Instant instant);

}  // namespace bizline
