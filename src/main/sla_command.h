// `bizline sla due`: the due instant of a ticket's Service Restoration Time (T-15, SLA-026) from
// the SLA catalog file, for one ticket given on the command line or for JSON lines on stdin.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace bizline {

// Adds the `sla` command group to `app`. `catalog_dir` is called when a command runs and names
// the directory holding sla.yaml. A failing command throws CLI::RuntimeError carrying the exit
// code (2 for bad input, 1 otherwise) after printing the error to stderr.
void AddSlaCommand(CLI::App& app, std::function<std::string()> catalog_dir);

}  // namespace bizline
