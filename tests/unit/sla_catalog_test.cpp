#include <gtest/gtest.h>

#include "sla_test_support.h"

namespace bizline {
namespace {

TEST(SlaCatalog, SLA041_TiersOfferedAndDefault) {
  const SlaCatalog& catalog = testing::T15Catalog();
  auto basic = catalog.Terms("internet-pro-plus", "");  // SLA-041: Basic by default
  ASSERT_TRUE(basic.ok());
  EXPECT_EQ((*basic)->window_id, testing::kBasicWindow);
  EXPECT_TRUE(catalog.Terms("internet-pro-plus", "premium").ok());
  EXPECT_TRUE(catalog.Terms("internet-pro-plus", "medium").ok());
}

TEST(SlaCatalog, SLA040_TierNotOfferedIsAnError) {
  auto terms = testing::T15Catalog().Terms("internet-pro", "premium");  // SLA-040: no option
  ASSERT_FALSE(terms.ok());
  EXPECT_EQ(terms.error().field, "tier");
  EXPECT_EQ(terms.error().rule, "SLA-040");
  auto medium = testing::T15Catalog().Terms("fullfiber", "medium");  // SLA-042: no Medium for FullFiber
  ASSERT_FALSE(medium.ok());
  EXPECT_EQ(medium.error().rule, "SLA-042");
}

TEST(SlaCatalog, X25_FormulaWithoutSlaAndUnknownFormula) {
  auto none = testing::T15Catalog().Terms("business-internet-copper", "");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().rule, "X-25");
  auto unknown = testing::T15Catalog().Terms("internet-ultra", "");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().field, "formula");
}

TEST(SlaCatalog, CreateRejectsInconsistentFormulas) {
  SlaTier a{"basic", TierOffer::kDefault, testing::BasicTerms()};
  SlaTier b{"premium", TierOffer::kDefault, testing::PremiumTerms()};
  EXPECT_FALSE(SlaCatalog::Create({{"f", SlaCoverage::kCovered, "", "", "", {a, b}}}).ok());  // two DEF tiers
  EXPECT_FALSE(SlaCatalog::Create({{"f", SlaCoverage::kCovered, "", "", "", {}}}).ok());      // no DEF tier
  EXPECT_FALSE(
      SlaCatalog::Create({{"f", SlaCoverage::kCovered, "", "", "", {a}}, {"f", SlaCoverage::kCovered, "", "", "", {a}}})
          .ok());  // twice
  SlaTier no_window{"basic", TierOffer::kDefault, {}};
  EXPECT_FALSE(SlaCatalog::Create({{"f", SlaCoverage::kCovered, "", "", "", {no_window}}}).ok());
}

}  // namespace
}  // namespace bizline
