// A line's monthly volume against its cap (USE-003..USE-007): the included volume of Internet
// Essential, the fair-use threshold of Maxi, Maxi FullFiber and Business Internet (3 TB, or 6 TB
// with Business Fiber 2.5/1 or 8.5/1.5), or none at all. U-12: the representatives are told at
// 80 % and 100 %; USE-004/005/010: at 100 % the speed is reduced until the month ends.
#pragma once

#include <optional>

#include "domain/core/enum_names.h"
#include "domain/usage/volume.h"

namespace bizline {

enum class CapKind {
  kIncluded,  // USE-003/004: the included volume; a Volume Pack above it is paid
  kFairUse,   // USE-005/006: unlimited with a fair-use threshold; a Volume Pack is free
  kUnlimited  // USE-007
};

// Wire names: "included", "fairUse", "unlimited".
extern const EnumNames<CapKind, 3> kCapKindNames;
std::string_view ToString(CapKind kind);

struct VolumeCap {
  CapKind kind = CapKind::kUnlimited;
  Bytes bytes;  // meaningless when unlimited
};

// The highest threshold reached: 0, 80 or 100 (percent of the cap). Exact integer comparison:
// 80 % is reached when 100 × volume ≥ 80 × cap. Always 0 when unlimited.
int UsageLevel(Bytes volume, const VolumeCap& cap);

// The cap of a month raised by the Volume Packs ordered for it (U-14).
VolumeCap WithPacks(VolumeCap cap, Bytes packs);

}  // namespace bizline
