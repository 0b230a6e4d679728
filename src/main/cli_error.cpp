#include "main/cli_error.h"

#include <CLI/CLI.hpp>
#include <iostream>

namespace bizline {

int ReportError(const Error& error) {
  std::cerr << "error: " << error.message;
  if (!error.field.empty()) std::cerr << " (field: " << error.field << ")";
  if (!error.rule.empty()) std::cerr << " [" << error.rule << "]";
  std::cerr << "\n";
  return error.code == ErrorCode::kInvalidArgument ? 2 : 1;
}

void ExitWith(const Error& error) { throw CLI::RuntimeError(ReportError(error)); }

}  // namespace bizline
