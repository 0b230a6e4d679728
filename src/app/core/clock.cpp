#include "app/core/clock.h"

namespace bizline {

Instant SystemClock::Now() const { return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()); }

}  // namespace bizline
