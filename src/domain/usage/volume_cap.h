// The monthly volume cap of a line from its formula's T-12 row in the catalog and its options
// (USE-002..USE-007): Internet Essential's included 100 GB, the 3 TB fair-use threshold of Maxi,
// Maxi FullFiber and Business Internet, raised to 6 TB when Business Internet carries Business
// Fiber 2.5/1 or 8.5/1.5 (USE-006), or unlimited. The catalog states GB, and 1 GB = 10^9 bytes.
#pragma once

#include <span>
#include <string>

#include "domain/catalog/catalog.h"
#include "domain/usage/usage_level.h"

namespace bizline {

VolumeCap CapOf(const Volume& volume, std::span<const std::string> options);

// Whether a month's volume is below 80 % of every cap a line of the catalog can have (packs only
// raise a cap): then no line of any formula has a threshold to act on (U-12), and the line
// itself need not be read.
bool BelowEveryThreshold(const Catalog& catalog, Bytes volume);

}  // namespace bizline
