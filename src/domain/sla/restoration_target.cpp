#include "domain/sla/restoration_target.h"

#include <charconv>

#include "domain/calendar/concat.h"

namespace bizline {
namespace {

// A positive integer followed by exactly `suffix`.
bool ParseCount(std::string_view text, std::string_view suffix, int& out) {
  if (text.size() <= suffix.size() || text.substr(text.size() - suffix.size()) != suffix) return false;
  const std::string_view digits = text.substr(0, text.size() - suffix.size());
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
  return ec == std::errc() && end == digits.data() + digits.size() && out > 0 && out <= 1000;
}

}  // namespace

Result<RestorationTarget> ParseRestorationTarget(std::string_view text) {
  if (text == "best-effort") return RestorationTarget::BestEffort();
  if (text == "same-day") return RestorationTarget::SameDay();
  if (text == "next-bd") return RestorationTarget::BusinessDays(1);
  int n = 0;
  if (ParseCount(text, "bd", n)) return RestorationTarget::BusinessDays(n);
  if (ParseCount(text, "h", n)) return RestorationTarget::WindowHours(n);
  if (ParseCount(text, "min", n)) return RestorationTarget{TargetKind::kWindowTime, std::chrono::minutes(n), 0};
  return Error::Invalid(
      "target",
      Concat("'", text, "' is not a restoration target: use 5h, 90min, same-day, next-bd, 3bd or best-effort"),
      "SLA-026");
}

std::string ToString(const RestorationTarget& target) {
  switch (target.kind) {
    case TargetKind::kBestEffort: return "best-effort";
    case TargetKind::kSameDay: return "same-day";
    case TargetKind::kBusinessDays:
      return target.business_days == 1 ? "next-bd" : std::to_string(target.business_days) + "bd";
    case TargetKind::kWindowTime: {
      const auto seconds = target.window_time.count();
      if (seconds % 3600 == 0) return std::to_string(seconds / 3600) + "h";
      return std::to_string(seconds / 60) + "min";
    }
  }
  return "best-effort";
}

}  // namespace bizline
