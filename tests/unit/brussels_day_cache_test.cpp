// The Brussels day cache of bulk metering answers exactly what BrusselsDay answers, around the
// daylight-saving changes that move a month's first and last hours (issue 11 item 2, USE-002).
#include "domain/calendar/brussels_day_cache.h"

#include <gtest/gtest.h>

#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

TEST(BrusselsDayCache, AgreesWithBrusselsDayAcrossTheDaylightSavingChanges_USE002) {
  BrusselsDayCache cache;
  // 2025-03-30T01:00Z (spring), 2025-10-26T01:00Z (autumn), 2026-03-31T22:00Z (April in Brussels).
  for (const std::int64_t centre : {1'743'296'400LL, 1'761'440'400LL, 1'774'994'400LL}) {
    for (std::int64_t s = centre - 2 * 86'400; s <= centre + 2 * 86'400; s += 599) {
      ASSERT_EQ(cache.Of(InstantFromEpoch(s)), BrusselsDay(InstantFromEpoch(s))) << s;
    }
  }
  // Out of order, as a file's late records come: the cache keeps several periods.
  for (std::int64_t s : {1'743'296'399LL, 1'761'440'400LL, 1'743'296'400LL, 1'761'440'399LL, 0LL, -86'401LL}) {
    EXPECT_EQ(cache.Of(InstantFromEpoch(s)), BrusselsDay(InstantFromEpoch(s))) << s;
  }
  EXPECT_EQ(FormatCivilDay(cache.Of(InstantFromEpoch(1'774'994'399))), "2026-03-31");  // 23:59:59+02:00
  EXPECT_EQ(FormatCivilDay(cache.Of(InstantFromEpoch(1'774'994'400))), "2026-04-01");
}

}  // namespace
}  // namespace bizline
