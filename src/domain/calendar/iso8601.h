// ISO 8601 text for instants: parsing what people and machines send (with an offset, or in
// Brussels local time when none is given) and formatting with the Brussels offset of the moment
// (2026-12-26T11:00:00+01:00). Pure string work over date/tz; reads no clock.
#pragma once

#include <string>
#include <string_view>

#include "domain/core/instant.h"
#include "domain/core/result.h"

namespace bizline {

// Accepts YYYY-MM-DDTHH:MM[:SS[.fraction]] followed by Z, +HH:MM, +HHMM or +HH (or '-').
// Without an offset the time is read as Brussels local time (U-38); a local time skipped or
// repeated by a DST change is rejected because it does not name one instant. Fractions of a
// second are truncated: bizline's instants are whole seconds. `field` names the input in errors.
Result<Instant> ParseIso8601(std::string_view text, std::string_view field);

// e.g. "2026-12-26T11:00:00+01:00" (CET) or "2026-07-01T10:00:00+02:00" (CEST).
std::string FormatBrussels(Instant instant);

}  // namespace bizline
