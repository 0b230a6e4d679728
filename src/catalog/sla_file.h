// Loads catalog/sla.yaml, the SLA part of the catalog (T-15: windows and restoration targets per
// formula and tier), into the domain SlaCatalog. Every problem is reported with its place in the
// file ("sla.yaml:12:7: ..."), all at once: YAML syntax, unknown keys, unknown formula, tier or
// window ids, bad window text, bad target syntax, a formula missing or given twice, a formula
// without exactly one DEF tier, a `same-as` that points nowhere.
#pragma once

#include <filesystem>
#include <string>

#include "domain/calendar/business_calendar.h"
#include "domain/core/result.h"
#include "domain/sla/sla_catalog.h"

namespace bizline {

inline constexpr const char* kSlaFileName = "sla.yaml";

// The years the windows' calendars are built for; tickets outside them are refused.
inline constexpr CalendarYears kSlaCalendarYears{2010, 2060};

// Reads a file (usually <catalog dir>/sla.yaml). A missing file is NotFound; any content problem
// is InvalidArgument whose message lists every problem, one per line, and whose field is the
// location of the first one.
Result<SlaCatalog> LoadSlaFile(const std::filesystem::path& path, CalendarYears years = kSlaCalendarYears);

// The same from text already in memory; `name` only labels the locations in messages.
Result<SlaCatalog> ParseSlaFile(const std::string& text, const std::string& name,
                                CalendarYears years = kSlaCalendarYears);

}  // namespace bizline
