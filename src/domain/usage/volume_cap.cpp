#include "domain/usage/volume_cap.h"

#include <algorithm>

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

}  // namespace bizline
