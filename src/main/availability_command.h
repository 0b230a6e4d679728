// `bizline availability --batch`: the availability front door for audits (issue 13 item 5). JSON
// lines on stdin, one per line of the inventory with its period and Incidents, answered line by
// line with the net downtime, the 24x7 total, the truncated percentage and the availability
// credit (SLA-046..SLA-050), computed by domain/availability over the SLA catalog's windows.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace bizline {

// Adds the `availability` command to `app`. `catalog_dir` is called when the command runs and
// names the directory holding sla.yaml and offer.yaml. A catalog that cannot be loaded throws
// CLI::RuntimeError carrying the exit code (2 for bad input, 1 otherwise) after printing the error
// to stderr; a bad input line is answered with an error line and the batch goes on.
void AddAvailabilityCommand(CLI::App& app, std::function<std::string()> catalog_dir);

}  // namespace bizline
