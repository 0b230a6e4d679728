// How every bizline command reports a failure: "error: MESSAGE (field: F) [RULE]" on stderr, and
// exit code 2 for bad input, 1 for anything else.
#pragma once

#include "domain/core/result.h"

namespace bizline {

// Prints the error; returns the exit code.
int ReportError(const Error& error);
// For a CLI11 subcommand's callback: prints the error and throws CLI::RuntimeError(exit code).
[[noreturn]] void ExitWith(const Error& error);

}  // namespace bizline
