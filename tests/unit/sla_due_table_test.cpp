// Runs tests/unit/data/sla_due_cases.txt against T-15 written out in code (sla_test_support.h).
// tests/catalog/sla_file_test.cpp runs the same table against catalog/sla.yaml.
#include <gtest/gtest.h>

#include "domain/sla/due_instant.h"
#include "sla_case_table.h"
#include "sla_test_support.h"

namespace bizline {
namespace {

TEST(SlaDueTable, EveryCaseOfTheTableHoldsForT15) {
  const auto cases = testing::LoadSlaCases();
  ASSERT_GE(cases.size(), 40u);
  for (const auto& c : cases) {
    SCOPED_TRACE("sla_due_cases.txt:" + std::to_string(c.line) + " " + c.why);
    auto terms = testing::T15Catalog().Terms(c.formula, c.tier);
    ASSERT_TRUE(terms.ok()) << terms.error().message;
    auto due = DueInstant(**terms, c.priority, c.created, c.stop_clock);
    ASSERT_TRUE(due.ok()) << due.error().message;
    EXPECT_EQ(due->has_value() ? FormatBrussels(**due) : "none", c.expected ? FormatBrussels(*c.expected) : "none");
  }
}

}  // namespace
}  // namespace bizline
