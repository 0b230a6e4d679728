// What every `--batch` command answers for a line it cannot take: the line's id (null when none
// could be read) and the error with the field and rule it names.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/core/result.h"

namespace bizline {

inline nlohmann::json BatchErrorJson(const nlohmann::json& id, const Error& error) {
  return {{"id", id},
          {"error",
           {{"field", error.field},
            {"message", error.message},
            {"rule", error.rule.empty() ? nlohmann::json(nullptr) : nlohmann::json(error.rule)}}}};
}

}  // namespace bizline
