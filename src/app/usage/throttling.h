// U-13, U-14: when a line's month reaches its cap the line is throttled; when a Volume Pack raises
// the cap above what was used the throttle lifts at once. Both happen inside the caller's
// transaction (the meter's batch, the pack order), so the decision and its record are one commit;
// the ThrottleEnforcer then tells the NAS.
#pragma once

#include <span>

#include "app/core/storage.h"
#include "domain/catalog/catalog.h"
#include "domain/inventory/product.h"
#include "domain/usage/usage_level.h"
#include "domain/usage/volume.h"
#include "domain/usage/volume_pack.h"

namespace bizline {

// The line's cap in `month`: its formula's (CapOf) raised by the month's Volume Packs (U-14).
Result<VolumeCap> MonthCap(Transaction& tx, const Catalog& catalog, const Product& line, Month month);
// The same with the month's packs of the line already read.
VolumeCap CapWithPacks(const Catalog& catalog, const Product& line, std::span<const VolumePack> packs);

// Records a throttle of the current month when `volume` reached `cap` and none is in force.
// Returns true when one was recorded.
Result<bool> ThrottleWhenOverCap(Transaction& tx, const Catalog& catalog, const Product& line, Month month,
                                 Bytes volume, const VolumeCap& cap, Instant now);

// Lifts the month's throttle in force when `volume` is below the raised `cap` (U-13: at once when
// a Volume Pack is ordered). Returns true when one was lifted.
Result<bool> LiftWhenUnderCap(Transaction& tx, ProductId line, Month month, Bytes volume, const VolumeCap& cap,
                              Instant now);

}  // namespace bizline
