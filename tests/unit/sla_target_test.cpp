#include <gtest/gtest.h>

#include "domain/sla/priority.h"
#include "domain/sla/restoration_target.h"

namespace bizline {
namespace {

TEST(RestorationTarget, SLA026_ParsesEveryT15Spelling) {
  EXPECT_EQ(*ParseRestorationTarget("5h"), RestorationTarget::WindowHours(5));        // SLA-029
  EXPECT_EQ(*ParseRestorationTarget("same-day"), RestorationTarget::SameDay());       // SLA-028
  EXPECT_EQ(*ParseRestorationTarget("next-bd"), RestorationTarget::BusinessDays(1));  // SLA-032
  EXPECT_EQ(*ParseRestorationTarget("3bd"), RestorationTarget::BusinessDays(3));
  EXPECT_EQ(*ParseRestorationTarget("10bd"), RestorationTarget::BusinessDays(10));
  EXPECT_EQ(*ParseRestorationTarget("best-effort"), RestorationTarget::BestEffort());  // SLA-027
  EXPECT_EQ(ParseRestorationTarget("90min")->window_time, std::chrono::minutes(90));
  for (const char* text : {"5h", "90min", "same-day", "next-bd", "3bd", "best-effort"}) {
    EXPECT_EQ(ToString(*ParseRestorationTarget(text)), text);
  }
}

TEST(RestorationTarget, RejectsBadSyntax) {
  for (const char* bad : {"", "5", "h", "0h", "-3bd", "3 bd", "1bdx", "sameday", "5.5h", "99999h"}) {
    auto parsed = ParseRestorationTarget(bad);
    EXPECT_FALSE(parsed.ok()) << bad;
    if (!parsed.ok()) {
      EXPECT_EQ(parsed.error().field, "target");
    }
  }
}

TEST(Priority, T13_ParsesP1ToP4) {
  EXPECT_EQ(ParsePriority("P1"), Priority::kP1);  // T-13
  EXPECT_EQ(ParsePriority("p4"), Priority::kP4);
  EXPECT_EQ(ParsePriority("P5"), std::nullopt);
  EXPECT_EQ(ParsePriority("1"), std::nullopt);
  EXPECT_EQ(ToString(Priority::kP3), "P3");
}

}  // namespace
}  // namespace bizline
