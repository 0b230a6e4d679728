// The Brussels day of many instants in a row (bulk metering: ten million accounting records).
// The tz database gives the offset with the period it holds for (from one daylight-saving change
// to the next); the cache keeps the last few periods it met, so the database is asked once per
// period instead of once per instant, and the answer is exactly BrusselsDay's.
#pragma once

#include <array>

#include "domain/core/instant.h"
#include "domain/core/time_text.h"

namespace bizline {

class BrusselsDayCache {
 public:
  CivilDay Of(Instant instant);

 private:
  struct Period {
    Instant begin = Instant::max();  // empty until filled
    Instant end = Instant::min();
    Seconds offset{};
  };
  std::array<Period, 4> periods_{};  // most recently filled first
};

}  // namespace bizline
