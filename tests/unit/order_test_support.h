// Helpers for the order tests: instants and days written as text, the fixture catalog with the
// Rush Provisioning fee and the indoor antenna of the price list (T-20 #15, #16), Order Forms to
// open, and an order made ready for its appointment and installation (ORD-009, Annex 1).
#pragma once

#include <gtest/gtest.h>

#include "catalog_fixture.h"
#include "domain/calendar/iso8601.h"
#include "domain/ordering/order_intake.h"
#include "domain/ordering/order_lifecycle.h"

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
inline constexpr std::int64_t kIndoorAntennaCents = 15000;  // T-20 #15

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
  prices.push_back({"indoor-antenna",
                    "Indoor antenna for mobile backup",
                    {"mobile-backup"},
                    {},
                    PriceType::kOneTime,
                    Cents(kIndoorAntennaCents),
                    "CAT-088",
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

// ORD-008, ORD-009: a supervising person reachable by phone.
inline ContactInput Contact(std::string name = "Ann Peeters", std::string phone = "+32 2 123 45 67",
                            std::string email = "ann@acme.example") {
  return {{std::move(name), std::move(phone), std::move(email)}, "relatedParty[1]"};
}

// An order whose Client named a contact and confirmed every Annex 1 item (SITE-001 to SITE-008),
// so the appointment and installation depend on nothing else.
inline void MakeReady(ProductOrder& order, Instant at) {
  order.contacts.push_back(Contact().contact);
  for (int i = 0; i < kSiteItemCount; ++i) order.site_readiness.push_back({static_cast<SiteItem>(i), at, UserId(9)});
}

inline OrderStep StepTo(OrderMilestone milestone) {
  OrderStep step;
  step.to = milestone;
  return step;
}

inline bool HasRule(const std::vector<Violation>& violations, const std::string& rule, const std::string& field) {
  for (const Violation& v : violations) {
    if (v.rule == rule && v.field == field) return true;
  }
  return false;
}

}  // namespace bizline::testing
