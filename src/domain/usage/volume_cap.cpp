#include "domain/usage/volume_cap.h"

#include <algorithm>

#include "domain/usage/usage_notice.h"

namespace bizline {

VolumeCap CapOf(const Volume& volume, std::span<const std::string> options) {
  const auto gigabytes = [](int gb) { return Bytes{static_cast<std::uint64_t>(gb) * kGigabyte}; };
  switch (volume.policy) {
    case VolumePolicy::kCapped: return {CapKind::kIncluded, gigabytes(volume.included_gb)};  // USE-003
    case VolumePolicy::kFairUse: {
      const bool raised = std::any_of(options.begin(), options.end(), [&](const std::string& option) {
        return std::find(volume.raised_with.begin(), volume.raised_with.end(), option) != volume.raised_with.end();
      });
      return {CapKind::kFairUse, gigabytes(raised ? volume.raised_fair_use_gb : volume.fair_use_gb)};  // USE-005/006
    }
    case VolumePolicy::kUnlimited: break;
  }
  return {};  // USE-007
}

bool BelowEveryThreshold(const Catalog& catalog, Bytes volume) {
  for (const Formula& formula : catalog.formulas()) {
    const Volume& v = formula.volume;
    // The formula's caps with and without the options that raise it: the smaller one counts.
    for (const VolumeCap& cap : {CapOf(v, {}), CapOf(v, v.raised_with)}) {
      if (UsageLevel(volume, cap) >= kUsageThresholds.front()) return false;
    }
  }
  return true;
}

}  // namespace bizline
