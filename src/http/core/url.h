// Splitting and percent-decoding request targets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace bizline::http {

// Decodes %XX escapes (and '+' as space when `plus_is_space`); nothing on a malformed escape.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);

struct Target {
  std::string path;
  std::multimap<std::string, std::string> query;
};

std::optional<Target> ParseTarget(std::string_view target);

}  // namespace bizline::http
