// Builds a message from pieces by appending. Used instead of `"'" + std::string(x) + "'"`, which
// trips a false -Wrestrict in GCC 12 at -O2 (GCC PR 105329).
#pragma once

#include <string>
#include <string_view>

namespace bizline {

template <typename... Parts>
std::string Concat(const Parts&... parts) {
  std::string out;
  (out.append(std::string_view(parts)), ...);
  return out;
}

}  // namespace bizline
