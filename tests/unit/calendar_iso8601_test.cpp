#include <gtest/gtest.h>

#include <cstdio>
#include <string>

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

// "YYYY-MM-DDTHH:MM:SS" with "Z" or "+HH:MM" is read by a shortcut; with a fraction of a second
// (".0", truncated) the same text takes the general parser. Both must take and refuse the same
// texts and give the same instants, across valid and invalid dates, times and offsets.
TEST(Iso8601, TheCommonFormAgreesWithTheGeneralParser) {
  std::size_t compared = 0;
  std::size_t accepted = 0;
  char text[64];
  for (const int year : {0, 1, 1999, 2000, 2024, 2026, 2100, 9999}) {
    for (int month = 0; month <= 13; ++month) {
      for (const int day : {0, 1, 28, 29, 30, 31, 32}) {
        for (const int hour : {0, 23, 24}) {
          for (const int minute : {0, 59, 60}) {
            for (const int second : {0, 59, 60}) {
              for (const char* offset : {"Z", "+00:00", "-00:00", "+01:00", "+02:00", "-04:00", "+05:30", "+18:00",
                                         "+18:59", "+19:00", "+01:60", "z", "+0100", "+01"}) {
                std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute,
                              second);
                const std::string common = std::string(text) + offset;
                const std::string general = std::string(text) + ".0" + offset;
                const auto a = ParseIso8601(common, "t");
                const auto b = ParseIso8601(general, "t");
                ASSERT_EQ(a.ok(), b.ok()) << common;
                if (a.ok()) {
                  ASSERT_EQ(*a, *b) << common;
                  ++accepted;
                }
                ++compared;
              }
            }
          }
        }
      }
    }
  }
  EXPECT_GT(accepted, compared / 10);
  for (const char* near : {"2026-06-15T08:00:00+02:0", "2026-06-15T08:00:00+02:000", "2026-06-15t08:00:00Z",
                           "2026-06-15 08:00:00Z", "2026-06-15T08:00:00+02-00", "2026-06-15T08:00:00*02:00",
                           "2026-06-15T08:00:0aZ", "2026-06-15T08-00:00Z", "+026-06-15T08:00:00Z"}) {
    const auto parsed = ParseIso8601(near, "t");
    const bool expected_ok = std::string_view(near).find_first_of("t ") == 10;  // 't' and ' ' are separators too
    EXPECT_EQ(parsed.ok(), expected_ok) << near;
  }
}

TEST(Iso8601, FormatsWithTheBrusselsOffset) {
  EXPECT_EQ(FormatBrussels(*ParseIso8601("2026-12-26T10:00:00Z", "t")), "2026-12-26T11:00:00+01:00");
  EXPECT_EQ(FormatBrussels(*ParseIso8601("2026-07-01T08:00:00Z", "t")), "2026-07-01T10:00:00+02:00");
  EXPECT_EQ(FormatBrussels(*ParseIso8601("2026-10-25T00:30:00Z", "t")), "2026-10-25T02:30:00+02:00");
  EXPECT_EQ(FormatBrussels(*ParseIso8601("2026-10-25T01:30:00Z", "t")), "2026-10-25T02:30:00+01:00");
}

}  // namespace
}  // namespace bizline
