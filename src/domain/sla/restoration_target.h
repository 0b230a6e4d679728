// A Service Restoration Time target of T-15 (SLA-026..SLA-034): a number of window hours ("5h"),
// "same day" (U-06, cut-offs of SLA-035), "n business days" (U-07, U-08: "next-bd" = 1) or
// "best effort" (SLA-027: no deadline at all).
#pragma once

#include <string>
#include <string_view>

#include "domain/core/instant.h"
#include "domain/core/result.h"

namespace bizline {

enum class TargetKind { kWindowTime, kSameDay, kBusinessDays, kBestEffort };

struct RestorationTarget {
  TargetKind kind = TargetKind::kBestEffort;
  Seconds window_time{0};  // kWindowTime only
  int business_days = 0;   // kBusinessDays only, >= 1

  static RestorationTarget WindowHours(int hours) { return {TargetKind::kWindowTime, std::chrono::hours(hours), 0}; }
  static RestorationTarget SameDay() { return {TargetKind::kSameDay, Seconds(0), 0}; }
  static RestorationTarget BusinessDays(int n) { return {TargetKind::kBusinessDays, Seconds(0), n}; }
  static RestorationTarget BestEffort() { return {}; }
  friend bool operator==(const RestorationTarget&, const RestorationTarget&) = default;
};

// "5h", "90min", "same-day", "next-bd", "3bd", "10bd", "best-effort".
Result<RestorationTarget> ParseRestorationTarget(std::string_view text);
// The same spelling ParseRestorationTarget reads.
std::string ToString(const RestorationTarget& target);

}  // namespace bizline
