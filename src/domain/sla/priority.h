// Incident priorities P1..P4 (T-13).
#pragma once

#include <optional>
#include <string_view>

namespace bizline {

enum class Priority { kP1, kP2, kP3, kP4 };

inline constexpr int kPriorityCount = 4;

std::string_view ToString(Priority priority);
// "P1".."P4" (case-insensitive).
std::optional<Priority> ParsePriority(std::string_view text);
inline constexpr int PriorityIndex(Priority p) { return static_cast<int>(p); }

}  // namespace bizline
