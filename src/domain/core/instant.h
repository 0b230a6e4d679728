// Instants are UTC seconds since the epoch. Domain code never reads a clock: callers pass `now`.
#pragma once

#include <chrono>

namespace bizline {

using Instant = std::chrono::sys_seconds;
using Seconds = std::chrono::seconds;

inline Instant InstantFromEpoch(std::int64_t seconds) { return Instant(Seconds(seconds)); }
inline std::int64_t EpochSeconds(Instant instant) { return instant.time_since_epoch().count(); }

}  // namespace bizline
