// `bizline line import FILE.csv` (issue 11 item 3): the lines of an operator's previous system,
// with their RADIUS User-Names, customers and sites, all rows or none.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace bizline {

// `db` is the database URL the command's own --db option may set; `catalog_dir` is called when
// the command runs. A failing command throws CLI::RuntimeError carrying the exit code (2 for bad
// input, 1 otherwise).
void AddLineCommand(CLI::App& app, std::string& db, std::function<std::string()> catalog_dir);

}  // namespace bizline
