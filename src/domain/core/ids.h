// The identifiers of bizline's entities. Each is a distinct type.
#pragma once

#include "domain/core/strong_id.h"

namespace bizline {

using CustomerId = StrongId<struct CustomerTag>;
using SiteId = StrongId<struct SiteTag>;
using RepresentativeId = StrongId<struct RepresentativeTag>;
using UserId = StrongId<struct UserTag>;
// A line of the product inventory: named by orders, IPAM blocks and tickets alike, so it lives
// here rather than in inventory/ (which would make those capabilities include each other).
using ProductId = StrongId<struct ProductTag>;

}  // namespace bizline
