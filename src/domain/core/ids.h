// The identifiers of bizline's entities. Each is a distinct type.
#pragma once

#include "domain/core/strong_id.h"

namespace bizline {

using CustomerId = StrongId<struct CustomerTag>;
using SiteId = StrongId<struct SiteTag>;
using RepresentativeId = StrongId<struct RepresentativeTag>;
using UserId = StrongId<struct UserTag>;

}  // namespace bizline
