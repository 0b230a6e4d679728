// `bizline usage import FILE.csv` and `bizline usage report --month YYYY-MM` (issue 11 item 4):
// accounting records from a CSV file through the same metering as the RADIUS listener, and the
// month's volume of every line against its cap as CSV.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace bizline {

// `db` is the database URL the commands' own --db option may set; `catalog_dir` is called when a
// command runs. A failing command throws CLI::RuntimeError carrying the exit code (2 for bad
// input, 1 otherwise).
void AddUsageCommand(CLI::App& app, std::string& db, std::function<std::string()> catalog_dir);

}  // namespace bizline
