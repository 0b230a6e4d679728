#include "domain/calendar/brussels_day_cache.h"

#include <algorithm>

#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

CivilDay DayAt(Instant instant, Seconds offset) {
  return date::floor<date::days>(LocalSeconds{instant.time_since_epoch() + offset});
}

}  // namespace

CivilDay BrusselsDayCache::Of(Instant instant) {
  for (const Period& p : periods_) {
    if (instant >= p.begin && instant < p.end) return DayAt(instant, p.offset);
  }
  const date::sys_info info = BrusselsZone().get_info(instant);
  std::rotate(periods_.rbegin(), periods_.rbegin() + 1, periods_.rend());  // the oldest makes room
  periods_[0] = {info.begin, info.end, info.offset};
  return DayAt(instant, info.offset);
}

}  // namespace bizline
