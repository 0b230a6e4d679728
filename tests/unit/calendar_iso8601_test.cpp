#include <gtest/gtest.h>

#include "domain/calendar/iso8601.h"

namespace bizline {
namespace {

std::int64_t Epoch(std::string_view text) {
  auto parsed = ParseIso8601(text, "created");
  EXPECT_TRUE(parsed.ok()) << text << ": " << (parsed.ok() ? "" : parsed.error().message);
  return parsed.ok() ? EpochSeconds(*parsed) : 0;
}

TEST(Iso8601, ParsesOffsetsZuluAndBrusselsLocal) {
  const std::int64_t t = 1798138800;  // 2026-12-24T19:00:00Z
  EXPECT_EQ(Epoch("2026-12-24T19:00:00Z"), t);
  EXPECT_EQ(Epoch("2026-12-24T20:00:00+01:00"), t);
  EXPECT_EQ(Epoch("2026-12-24T20:00+0100"), t);
  EXPECT_EQ(Epoch("2026-12-24T14:00:00-05"), t);
  EXPECT_EQ(Epoch("2026-12-24T20:00"), t);                              // U-38: no offset = Brussels local time
  EXPECT_EQ(Epoch("2026-12-24 20:00:00.987"), t);                       // fraction truncated
  EXPECT_EQ(Epoch("2026-07-01T10:00"), Epoch("2026-07-01T08:00:00Z"));  // CEST
}

TEST(Iso8601, RejectsJunkAndAmbiguousLocalTimes) {
  for (const char* bad :
       {"", "2026-13-01T10:00", "2026-02-30T10:00", "2026-12-24", "2026-12-24T25:00", "2026-12-24T10:00+1",
        "2026-12-24T10:00Zjunk", "24/12/2026 10:00", "2026-03-29T02:30", "2026-10-25T02:30"}) {
    auto parsed = ParseIso8601(bad, "created");
    EXPECT_FALSE(parsed.ok()) << bad;
    if (!parsed.ok()) {
      EXPECT_EQ(parsed.error().field, "created");
    }
  }
  EXPECT_TRUE(ParseIso8601("2026-10-25T02:30+02:00", "created").ok());  // an offset disambiguates
}

TEST(Iso8601, FormatsWithTheBrusselsOffset) {
  EXPECT_EQ(FormatBrussels(*ParseIso8601("2026-12-26T10:00:00Z", "t")), "2026-12-26T11:00:00+01:00");
  EXPECT_EQ(FormatBrussels(*ParseIso8601("2026-07-01T08:00:00Z", "t")), "2026-07-01T10:00:00+02:00");
  EXPECT_EQ(FormatBrussels(*ParseIso8601("2026-10-25T00:30:00Z", "t")), "2026-10-25T02:30:00+02:00");
  EXPECT_EQ(FormatBrussels(*ParseIso8601("2026-10-25T01:30:00Z", "t")), "2026-10-25T02:30:00+01:00");
}

}  // namespace
}  // namespace bizline
