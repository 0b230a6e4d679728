// One record of a CSV file (RFC 4180) as its fields: comma-separated, a field may be quoted with
// `"` and then holds commas and doubled quotes (`""`). A record is one line: the importers read
// line by line and a quoted line break would hide where a row starts. Pure text, no IO.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/core/result.h"

namespace bizline {

// InvalidArgument (field "row") for a quote that does not open or close a field properly.
Result<std::vector<std::string>> SplitCsvRecord(std::string_view record);

// A field to write: quoted (quotes doubled) when it holds a comma, a quote or a line break.
std::string CsvField(std::string_view text);

}  // namespace bizline
