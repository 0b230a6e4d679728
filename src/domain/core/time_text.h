// Civil days and instants as text, shared by every capability: a civil day is a date in Belgium
// without a time zone (date::local_days), written YYYY-MM-DD; an instant is written in ISO 8601
// UTC. (Brussels local time with its offset is domain/calendar/iso8601.h.)
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

#include "domain/core/instant.h"

namespace bizline {

using CivilDay = date::local_days;

// "YYYY-MM-DD" <-> civil day; nullopt when the text is not a real date.
std::optional<CivilDay> ParseCivilDay(std::string_view text);
std::string FormatCivilDay(CivilDay day);

// ISO 8601 UTC, e.g. 2026-11-26T09:44:00Z.
std::string FormatInstant(Instant instant);

}  // namespace bizline
