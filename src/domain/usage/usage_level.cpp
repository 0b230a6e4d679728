#include "domain/usage/usage_level.h"

namespace bizline {

const EnumNames<CapKind, 3> kCapKindNames{{
    {CapKind::kIncluded, "included"},
    {CapKind::kFairUse, "fairUse"},
    {CapKind::kUnlimited, "unlimited"},
}};

std::string_view ToString(CapKind kind) { return kCapKindNames.Name(kind); }

int UsageLevel(Bytes volume, const VolumeCap& cap) {
  if (cap.kind == CapKind::kUnlimited) return 0;
  if (volume >= cap.bytes) return 100;
  // 80 %: 5 × volume ≥ 4 × cap, in 128 bits so no volume overflows the comparison.
  __extension__ using Wide = unsigned __int128;
  return Wide{volume.value} * 5 >= Wide{cap.bytes.value} * 4 ? 80 : 0;
}

VolumeCap WithPacks(VolumeCap cap, Bytes packs) {
  if (cap.kind != CapKind::kUnlimited) cap.bytes += packs;
  return cap;
}

}  // namespace bizline
