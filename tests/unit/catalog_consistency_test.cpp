// The rules the catalog itself must obey (CheckCatalogConsistency), each broken on purpose in a
// copy of the fixture catalog.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>

#include "catalog_fixture.h"
#include "domain/catalog/consistency.h"

namespace bizline {
namespace {

using ::testing::IsEmpty;

struct Parts {
  std::vector<ComponentDef> components = testing::FixtureComponents();
  std::vector<Formula> formulas = testing::FixtureFormulas();
  std::vector<PortProfile> ports{{"standard", {{80, "tcp", "WEB"}, {22, "tcp", "SSH"}}}};
  std::vector<int> reserved{23};
  std::vector<PriceItem> prices = testing::FixturePrices(formulas);
  ServiceInformation service = testing::FixtureService();

  Formula& Get(std::string_view id) {
    for (Formula& f : formulas) {
      if (f.id == id) return f;
    }
    throw std::out_of_range(std::string(id));
  }
  std::vector<CatalogIssue> Check() const {
    return CheckCatalogConsistency(Catalog(components, formulas, ports, reserved, prices, service));
  }
};

// The rules reported for a catalog changed by `edit`.
std::vector<std::string> RulesAfter(const std::function<void(Parts&)>& edit) {
  Parts parts;
  edit(parts);
  std::vector<std::string> rules;
  for (const CatalogIssue& issue : parts.Check()) rules.push_back(issue.rule);
  return rules;
}

TEST(CatalogConsistency, FixtureIsConsistent) { EXPECT_THAT(Parts().Check(), IsEmpty()); }

TEST(CatalogConsistency, ORD_037_RushProvisioningOnlyOnTemporaryLines) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("fullfiber-extended").components["rush-provisioning"] = testing::kOpt; }),
              ::testing::ElementsAre("ORD-037"));  // ORD-037
}

TEST(CatalogConsistency, CAT_090_TemporaryLinesAlwaysHaveMobileBackup) {
  EXPECT_THAT(
      RulesAfter([](Parts& p) { p.Get("temporary-fullfiber-extended").components["mobile-backup"] = testing::kOpt; }),
      ::testing::ElementsAre("CAT-090"));  // CAT-090
}

TEST(CatalogConsistency, CAT_055_IpCellsAgreeWithTheAddressing) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro").ip.ipv4 = AddressMode::kFixed; }),
              ::testing::ElementsAre("CAT-055"));  // CAT-055 (T-09)
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("fullfiber").components["fixed-ipv6-block"] = testing::kDef; }),
              ::testing::ElementsAre("CAT-055"));  // CAT-055, CAT-052: FullFiber has a dynamic IPv6 block
}

TEST(CatalogConsistency, CAT_048_FixedIpv6BlockIsASlash56) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro-plus").ip.fixed_ipv6_prefix = 64; }),
              ::testing::ElementsAre("CAT-048"));  // CAT-048
}

TEST(CatalogConsistency, CAT_056_IpPackNeedsAFixedIpv4Formula) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro").components["ip-pack"] = testing::kOpt; }),
              ::testing::ElementsAre("CAT-056"));  // CAT-056
}

TEST(CatalogConsistency, CAT_018_MailboxCellAgreesWithT10) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro").mailboxes.count = 0; }),
              ::testing::ElementsAre("CAT-018"));  // CAT-018, T-10
}

TEST(CatalogConsistency, CAT_095_WifiNeedsAProximusRouter) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro-plus-essential").components["wifi"] = testing::kDef; }),
              ::testing::ElementsAre("CAT-095"));  // CAT-095
}

TEST(CatalogConsistency, CAT_007_OnlyOptionsCanBeOpt) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro").components["bandwidth"] = testing::kOpt; }),
              ::testing::ElementsAre("CAT-007"));  // CAT-007
}

TEST(CatalogConsistency, CAT_033_SpeedUpgradesExistOnFiberOnly) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro").components["fiber-up"] = testing::kOpt; }),
              ::testing::ElementsAre("CAT-024"));  // CAT-033: fiber speed options on a copper formula
}

TEST(CatalogConsistency, X_25_AFormulaOnSaleNeedsASpeed) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("business-internet-copper").status = FormulaStatus::kLaunched; }),
              ::testing::ElementsAre("X-25"));
}

TEST(CatalogConsistency, CAT_026_LikeForLikeIsAFiberCopyOfACopperProduct) {
  EXPECT_THAT(RulesAfter([](Parts& p) {
                Formula copy = p.Get("fullfiber");
                copy.id = "fiber-fullfiber";
                copy.kind = FormulaKind::kLikeForLike;
                copy.derived_from = "fullfiber";
                p.formulas.push_back(copy);
                p.prices = testing::FixturePrices(p.formulas);
              }),
              ::testing::ElementsAre("CAT-026"));  // CAT-026
}

TEST(CatalogConsistency, CFG_034_Port23IsNeverOpened) {
  EXPECT_THAT(RulesAfter([](Parts& p) {
                p.ports[0].ports.push_back({23, "tcp", "TELNET"});
              }),
              ::testing::ElementsAre("CFG-034"));  // CFG-034
}

TEST(CatalogConsistency, SLA_004_TierOptionsSelectAnotherTier) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro-plus").default_sla_tier = "premium"; }),
              ::testing::ElementsAre("SLA-004"));  // SLA-004
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro").default_sla_tier = "gold"; }),
              ::testing::ElementsAre("SLA-004"));  // ids.md tiers only
}

TEST(CatalogConsistency, BIL_001_EveryFormulaHasAnActivationAndAMonthlyFee) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.prices.erase(p.prices.begin()); }),
              ::testing::Each(::testing::Eq("BIL-001")));  // BIL-001
}

TEST(CatalogConsistency, T_20_PricesAreNotNegativeAndNameKnownOfferings) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.prices[1].amount = Cents(-1); }), ::testing::ElementsAre("T-20"));
  EXPECT_THAT(RulesAfter([](Parts& p) { p.prices[1].offerings.push_back("internet-ultra"); }),
              ::testing::ElementsAre("T-20"));
}

TEST(CatalogConsistency, CAT_003_ExactlyFourSolutionElements) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.service.solution_elements.pop_back(); }),
              ::testing::ElementsAre("CAT-003"));  // CAT-003: mobile backup hardware missing
  EXPECT_THAT(RulesAfter([](Parts& p) {
                p.service.solution_elements.push_back({"router", "Router", false});
              }),
              ::testing::ElementsAre("CAT-003"));  // CAT-003: a fifth element
  EXPECT_THAT(RulesAfter([](Parts& p) {
                p.service.solution_elements.push_back({"line", "Line again", false});
              }),
              ::testing::ElementsAre("CAT-003"));  // CAT-003: four distinct elements, not five entries
  EXPECT_THAT(RulesAfter([](Parts& p) {
                p.components[0].elements = {"cpe", "modem"};
              }),
              ::testing::ElementsAre("CAT-003"));  // T-05 column 2 names only the four elements
}

TEST(CatalogConsistency, CAT_004_ProductsAreTheCpeAndTheMobileBackupHardware) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.service.solution_elements[1].is_product = true; }),
              ::testing::ElementsAre("CAT-004"));  // CAT-004: the line is not a Product
  EXPECT_THAT(RulesAfter([](Parts& p) { p.service.solution_elements[3].is_product = false; }),
              ::testing::ElementsAre("CAT-004"));  // CAT-004: the mobile backup hardware is one
}

TEST(CatalogConsistency, CAT_006_EveryFormulaHasFunctionalAndSupportComponents) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro").components.erase("installation"); }),
              ::testing::ElementsAre("CAT-006"));  // CAT-006: no support component
  EXPECT_THAT(RulesAfter([](Parts& p) {
                Formula& f = p.Get("internet-pro");
                f.components = {{"installation", testing::kDef}, {"fixed-ipv4", testing::kOpt}};
                f.mailboxes = {};
              }),
              ::testing::ElementsAre("CAT-006"));  // CAT-006: no functional component included
}

TEST(CatalogConsistency, CAT_098_ComponentsOfEveryFormulaAreDefEverywhere) {
  EXPECT_THAT(RulesAfter([](Parts& p) {
                ComponentDef dns = testing::Component("caching-dns", "CAT-098", false);
                dns.in_every_formula = true;
                p.components.push_back(dns);
                for (Formula& f : p.formulas) f.components["caching-dns"] = testing::kDef;
                p.Get("fullfiber").components.erase("caching-dns");
              }),
              ::testing::ElementsAre("CAT-098"));  // CAT-098: caching DNS is part of every formula
}

TEST(CatalogConsistency, CAT_012_WhatTheCpeTypeImplies) {
  // CAT-072: the managed firewall runs in the Proximus router.
  EXPECT_THAT(RulesAfter([](Parts& p) {
                p.components.push_back(testing::Component("managed-firewall", "CAT-019", false));
                p.Get("internet-pro-plus-essential").components["managed-firewall"] = testing::kDef;
              }),
              ::testing::ElementsAre("CAT-072"));
  EXPECT_THAT(
      RulesAfter([](Parts& p) { p.Get("internet-pro-plus-essential").components["router-upgrade"] = testing::kOpt; }),
      ::testing::ElementsAre("CAT-012"));  // CAT-012, CAT-046: no router to upgrade
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro").max_end_users.reset(); }),
              ::testing::ElementsAre("CAT-063"));  // CAT-063: 253 with a Proximus router
  EXPECT_THAT(RulesAfter([](Parts& p) { p.Get("internet-pro-plus-essential").max_end_users = 253; }),
              ::testing::ElementsAre("CAT-064"));  // CAT-064: the Client's router decides
}

TEST(CatalogConsistency, CAT_011_VolumePackFollowsTheVolumePolicyOfT12) {
  auto capped = [](Parts& p) {
    p.components.push_back(testing::Component("volume-pack", "USE-009"));
    Formula& f = p.Get("internet-essential");
    f.volume = {VolumePolicy::kCapped, 100, 0, 0, {}, VolumePackCharge::kPaid};
    f.components["volume-pack"] = testing::kOpt;
  };
  EXPECT_THAT(RulesAfter(capped), IsEmpty());
  EXPECT_THAT(RulesAfter([&](Parts& p) {
                capped(p);
                p.Get("internet-essential").volume.volume_pack = VolumePackCharge::kFree;
              }),
              ::testing::ElementsAre("CAT-011"));  // CAT-011, USE-004: a capped volume's pack is paid
  EXPECT_THAT(RulesAfter([&](Parts& p) {
                capped(p);
                p.Get("internet-essential").components.erase("volume-pack");
              }),
              ::testing::ElementsAre("CAT-011"));  // CAT-011: a capped volume can be topped up
  EXPECT_THAT(RulesAfter([&](Parts& p) {
                capped(p);
                p.Get("internet-pro").components["volume-pack"] = testing::kOpt;
              }),
              ::testing::ElementsAre("CAT-011"));  // CAT-011: an unlimited volume needs no pack
  EXPECT_THAT(RulesAfter([](Parts& p) {
                p.Get("business-internet-fiber").volume = {VolumePolicy::kFairUse, 0, 3000, 0, {},
                                                           VolumePackCharge::kPaid};
              }),
              ::testing::Contains("CAT-011"));  // CAT-011, USE-005: the fair-use pack is free
}

TEST(CatalogConsistency, CAT_029_CAT_030_CAT_032_SpeedTextsForEveryTechnologySold) {
  EXPECT_THAT(RulesAfter([](Parts& p) { p.service.speeds[0].disclaimer.text.clear(); }),
              ::testing::ElementsAre("CAT-029"));  // CAT-029: copper formulas are sold
  EXPECT_THAT(RulesAfter([](Parts& p) { p.service.speeds[1].disclaimer.text.clear(); }),
              ::testing::ElementsAre("CAT-032"));  // CAT-032
  EXPECT_THAT(RulesAfter([](Parts& p) { p.service.speeds[1].check_url.clear(); }),
              ::testing::ElementsAre("CAT-030"));  // CAT-030: where to check the fiber speed
  EXPECT_THAT(RulesAfter([](Parts& p) { p.service.speed_policy_url.clear(); }),
              ::testing::ElementsAre("CAT-030"));  // CAT-030: general speed information
  EXPECT_THAT(RulesAfter([](Parts& p) {
                p.service.speeds.erase(p.service.speeds.begin());
                std::erase_if(p.formulas, [](const Formula& f) { return f.technology == Technology::kCopper; });
                p.prices = testing::FixturePrices(p.formulas);
              }),
              IsEmpty());  // no copper formula, no copper text needed
}

TEST(CatalogConsistency, DuplicateIdsAreReported) {
  Parts parts;
  parts.components.push_back(parts.components.front());
  auto issues = parts.Check();
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_THAT(issues[0].message, ::testing::HasSubstr("used twice"));
}

TEST(CatalogLookups, FindsFormulasOptionsAndPrices) {
  Catalog catalog = testing::FixtureCatalog();
  ASSERT_NE(catalog.FindFormula("fullfiber"), nullptr);
  EXPECT_EQ(catalog.FindFormula("nope"), nullptr);
  EXPECT_EQ(catalog.FindFormula("fullfiber")->Availability("fullfiber-boost-pro"), ComponentAvailability::kOptional);
  EXPECT_EQ(catalog.FindFormula("fullfiber")->Availability("unknown"), ComponentAvailability::kNotOffered);  // U-04
  EXPECT_EQ(catalog.PricesFor("fullfiber").size(), 2u);
  for (const ComponentDef* option : catalog.Options()) EXPECT_TRUE(option->orderable);
  EXPECT_EQ(ParseComponentAvailability("DEF"), ComponentAvailability::kDefault);
  EXPECT_EQ(ParseComponentAvailability("OPT"), ComponentAvailability::kOptional);
  EXPECT_EQ(ParseComponentAvailability("-"), ComponentAvailability::kNotOffered);
  EXPECT_EQ(ParseComponentAvailability("YES"), std::nullopt);
  EXPECT_EQ(ToString(FormulaStatus::kStopSell), "stop-sell");
}

}  // namespace
}  // namespace bizline
