// Driver exceptions stop here: every repository call runs inside Guarded(), which turns SOCI,
// SQLite and PostgreSQL errors into the domain's ErrorCodes.
#pragma once

#include <exception>
#include <utility>

#include "domain/core/result.h"

namespace bizline {

Error TranslateDbError(const std::exception& e);

template <typename F>
auto Guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const std::exception& e) {
    return TranslateDbError(e);
  }
}

}  // namespace bizline
