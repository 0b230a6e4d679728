// Helpers for the order tests: instants and days written as text, the fixture catalog with the
// Rush Provisioning fee of the price list (T-20 #16), and Order Forms to open.
#pragma once

#include <gtest/gtest.h>

#include "catalog_fixture.h"
#include "domain/calendar/iso8601.h"
#include "domain/ordering/order_intake.h"

namespace bizline::testing {

inline Instant At(const std::string& text) {
  auto parsed = ParseIso8601(text, "test");
  EXPECT_TRUE(parsed.ok()) << text;
  return parsed.ok() ? *parsed : Instant{};
}

inline CivilDay Day(const std::string& text) {
  auto day = ParseCivilDay(text);
  EXPECT_TRUE(day.has_value()) << text;
  return day.value_or(CivilDay{});
}

inline constexpr std::int64_t kRushFeeCents = 25000;

inline Catalog OrderCatalog() {
  std::vector<Formula> formulas = FixtureFormulas();
  std::vector<PriceItem> prices = FixturePrices(formulas);
  prices.push_back({"rush-provisioning-fee",
                    "Rush Provisioning fee",
                    {"rush-provisioning"},
                    {},
                    PriceType::kOneTime,
                    Cents(kRushFeeCents),
                    "ORD-038",
                    false});
  PortProfile standard{"standard", {{80, "tcp", "WEB"}}};
  return Catalog(FixtureComponents(), std::move(formulas), {standard}, {23}, std::move(prices));
}

inline OrderIntake Intake(std::string formula, LinePresence line = LinePresence::kCompatibleLine) {
  OrderIntake intake;
  intake.customer = CustomerId(1);
  intake.site = SiteId(1);
  intake.request.formula = std::move(formula);
  intake.request.wifi = WifiChoice::kOn;
  intake.request.customer_employees = 25;
  intake.line = line;
  return intake;
}

inline OrderIntake RushIntake(const std::string& rfs) {
  OrderIntake intake = Intake("temporary-fullfiber-extended");
  intake.request.options.push_back({"rush-provisioning", {{"requestedReadyForService", rfs}}});
  return intake;
}

inline bool HasRule(const std::vector<Violation>& violations, const std::string& rule, const std::string& field) {
  for (const Violation& v : violations) {
    if (v.rule == rule && v.field == field) return true;
  }
  return false;
}

}  // namespace bizline::testing
