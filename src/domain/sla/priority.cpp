#include "domain/sla/priority.h"

namespace bizline {

std::string_view ToString(Priority priority) {
  switch (priority) {
    case Priority::kP1: return "P1";
    case Priority::kP2: return "P2";
    case Priority::kP3: return "P3";
    case Priority::kP4: return "P4";
  }
  return "P1";
}

std::optional<Priority> ParsePriority(std::string_view text) {
  if (text.size() != 2 || (text[0] != 'P' && text[0] != 'p')) return std::nullopt;
  switch (text[1]) {
    case '1': return Priority::kP1;
    case '2': return Priority::kP2;
    case '3': return Priority::kP3;
    case '4': return Priority::kP4;
    default: return std::nullopt;
  }
}

}  // namespace bizline
