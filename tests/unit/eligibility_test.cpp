// Order eligibility, one rule per test, on a small hand-built catalog (catalog_fixture.h).
// The same rules against the real catalog/offer.yaml are in tests/catalog/eligibility_table_test.cpp.
#include "domain/ordering/eligibility.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "catalog_fixture.h"

namespace bizline {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

OrderRequest Order(std::string formula, std::vector<OrderOption> options = {}) {
  OrderRequest order;
  order.formula = std::move(formula);
  order.options = std::move(options);
  order.wifi = WifiChoice::kOff;
  order.customer_employees = 25;
  return order;
}

OrderOption Option(std::string id) { return OrderOption{std::move(id), {}}; }
OrderOption IpPack(std::int64_t size) { return OrderOption{"ip-pack", {{"ipv4BlockSize", size}}}; }
OrderOption Rush(std::string date) { return OrderOption{"rush-provisioning", {{"requestedReadyForService", date}}}; }
OrderOption Backup(CharacteristicValue study) { return OrderOption{"mobile-backup", {{"feasibilityStudy", study}}}; }
OrderOption Backup() { return Backup(std::string("positive")); }

std::vector<std::string> Rules(const std::vector<Violation>& violations) {
  std::vector<std::string> rules;
  for (const Violation& v : violations) rules.push_back(v.rule);
  return rules;
}

std::vector<Violation> Check(const OrderRequest& order) {
  static const Catalog catalog = testing::FixtureCatalog();
  return CheckOrderEligibility(catalog, order);
}

TEST(Eligibility, AValidOrderHasNoViolations) {
  EXPECT_THAT(Check(Order("internet-pro-plus", {IpPack(8), Backup()})), IsEmpty());
}

TEST(Eligibility, CAT_007_OptionalComponentIsOrderedAndDefaultNeedNotBe) {
  EXPECT_THAT(Check(Order("internet-pro", {Option("fixed-ipv4")})), IsEmpty());       // CAT-007: OPT can be ordered
  EXPECT_THAT(Check(Order("internet-pro-plus")), IsEmpty());                          // CAT-007: DEF need not be
  EXPECT_THAT(Check(Order("internet-pro-plus", {Option("fixed-ipv4")})), IsEmpty());  // ordering a DEF is harmless
}

TEST(Eligibility, CAT_007_ComponentsThatComeWithTheFormulaCannotBeOrdered) {
  auto v = Check(Order("internet-pro", {Option("mailbox")}));
  ASSERT_THAT(Rules(v), ElementsAre("CAT-007"));  // CAT-007
  EXPECT_EQ(v[0].field, "options[0].id");
}

TEST(Eligibility, CAT_014_X_16_InternetEssentialHasNoFixedIpv4) {
  auto order = Order("internet-essential", {Option("fixed-ipv4")});
  EXPECT_THAT(Rules(Check(order)), UnorderedElementsAre("CAT-005", "CAT-014"));  // CAT-014, X-16
}

TEST(Eligibility, CAT_005_StopSellFormulaTakesNoNewOrders) {
  auto v = Check(Order("internet-essential"));
  ASSERT_THAT(Rules(v), ElementsAre("CAT-005"));  // CAT-005 (T-01 stop-sell)
  EXPECT_EQ(v[0].field, "formula");
  EXPECT_THAT(v[0].message, ::testing::HasSubstr("stop-sell"));
}

TEST(Eligibility, X_25_FormulaPendingDefinitionCannotBeOrdered) {
  EXPECT_THAT(Rules(Check(Order("business-internet-copper"))), ElementsAre("X-25"));
}

TEST(Eligibility, CAT_002_UnknownOrMissingFormula) {
  auto v = Check(Order("internet-ultra"));
  ASSERT_THAT(Rules(v), ElementsAre("CAT-002"));  // CAT-002
  EXPECT_EQ(v[0].field, "formula");
  EXPECT_THAT(Rules(Check(Order(""))), ElementsAre("CAT-002"));  // CAT-002
}

TEST(Eligibility, ORD_002_UnknownOptionIdIsAViolation) {
  auto v = Check(Order("internet-pro", {Option("fixed-ipv4"), Option("turbo")}));
  ASSERT_THAT(Rules(v), ElementsAre("ORD-002"));  // ORD-002
  EXPECT_EQ(v[0].field, "options[1].id");
}

TEST(Eligibility, ORD_002_OptionOrderedTwice) {
  EXPECT_THAT(Rules(Check(Order("internet-pro", {Option("fixed-ipv4"), Option("fixed-ipv4")}))),
              ElementsAre("ORD-002"));  // ORD-002
}

TEST(Eligibility, ORD_002_OrderFormMustStateWifi) {
  OrderRequest order = Order("internet-pro");
  order.wifi = WifiChoice::kUnstated;
  auto v = Check(order);
  ASSERT_THAT(Rules(v), ElementsAre("ORD-002"));  // ORD-002: wifi activated or deactivated
  EXPECT_EQ(v[0].field, "characteristics.wifi");
}

TEST(Eligibility, ORD_002_CON_008_InitialTermIsAPositiveNumberOfMonths) {
  OrderRequest order = Order("internet-pro");
  order.initial_term_months = 0;
  EXPECT_THAT(Rules(Check(order)), ElementsAre("ORD-002"));  // ORD-002
  order.initial_term_months = 36;
  EXPECT_THAT(Check(order), IsEmpty());      // CON-008: the Order Form may override the default 10
  EXPECT_EQ(kDefaultInitialTermMonths, 10);  // CON-008, X-36
}

TEST(Eligibility, ORD_002_CON_008_InitialTermHasAnUpperBoundCheckedAtOrderTime) {
  OrderRequest order = Order("internet-pro");
  order.initial_term_months = kMaxInitialTermMonths;
  EXPECT_THAT(Check(order), IsEmpty());
  order.initial_term_months = kMaxInitialTermMonths + 1;
  EXPECT_THAT(Rules(Check(order)), ElementsAre("ORD-002"));  // refused when placed, not at activation
  order.initial_term_months = std::int64_t{1} << 40;         // would overflow an int at activation
  EXPECT_THAT(Rules(Check(order)), ElementsAre("ORD-002"));
}

TEST(Eligibility, CAT_027_TechnologyFollowsTheFormula) {
  OrderRequest order = Order("internet-pro");
  order.technology = "fiber";
  auto v = Check(order);
  ASSERT_THAT(Rules(v), ElementsAre("CAT-027"));  // CAT-027
  EXPECT_EQ(v[0].field, "characteristics.technology");
  order.technology = "copper";
  EXPECT_THAT(Check(order), IsEmpty());
}

TEST(Eligibility, CON_004_ClientHasMoreThanNineEmployees) {
  OrderRequest order = Order("internet-pro");
  order.customer_employees = 9;
  auto v = Check(order);
  ASSERT_THAT(Rules(v), ElementsAre("CON-004"));  // CON-004
  EXPECT_EQ(v[0].field, "customer.employees");
  order.customer_employees = 10;
  EXPECT_THAT(Check(order), IsEmpty());  // CON-004: ten is more than nine
  order.customer_employees.reset();
  EXPECT_THAT(Rules(Check(order)), ElementsAre("CON-004"));  // CON-004: must be stated
}

TEST(Eligibility, CAT_033_AtMostOneSpeedUpgrade) {
  auto v = Check(Order("fullfiber-extended", {Option("fiber-up"), Option("extended-boost")}));
  ASSERT_THAT(Rules(v), ElementsAre("CAT-033"));  // CAT-033
  EXPECT_EQ(v[0].field, "options[1].id");
  EXPECT_THAT(Check(Order("fullfiber-extended", {Option("fiber-up")})), IsEmpty());  // CAT-036
}

TEST(Eligibility, CAT_025_BusinessFiberOnlyOnBusinessInternetFiber) {
  EXPECT_THAT(Check(Order("business-internet-fiber", {Option("business-fiber-2500")})), IsEmpty());  // CAT-025
  EXPECT_THAT(Rules(Check(Order("fullfiber-extended", {Option("business-fiber-2500")}))),
              ElementsAre("CAT-025"));  // CAT-025
  EXPECT_THAT(
      Rules(Check(Order("business-internet-fiber", {Option("business-fiber-500"), Option("business-fiber-2500")}))),
      ElementsAre("CAT-033"));  // CAT-033: the DEF 500/500 and an upgrade are two speeds
}

TEST(Eligibility, CAT_022_CAT_023_CAT_024_SpeedUpgradesOnlyWhereOffered) {
  EXPECT_THAT(Rules(Check(Order("fullfiber", {Option("fiber-up")}))), ElementsAre("CAT-024"));        // CAT-024
  EXPECT_THAT(Rules(Check(Order("fullfiber", {Option("extended-boost")}))), ElementsAre("CAT-023"));  // CAT-023
  EXPECT_THAT(Rules(Check(Order("fullfiber-extended", {Option("fullfiber-boost-pro")}))),
              ElementsAre("CAT-022"));                                                 // CAT-022
  EXPECT_THAT(Check(Order("fullfiber", {Option("fullfiber-boost-pro")})), IsEmpty());  // CAT-022, CAT-040
}

TEST(Eligibility, CAT_095_NoWifiWithoutAProximusRouter) {
  OrderRequest order = Order("internet-pro-plus-essential");
  order.wifi = WifiChoice::kOn;
  auto v = Check(order);
  ASSERT_THAT(Rules(v), ElementsAre("CAT-095"));  // CAT-095
  EXPECT_EQ(v[0].field, "characteristics.wifi");
  order.wifi = WifiChoice::kOff;
  EXPECT_THAT(Check(order), IsEmpty());
}

TEST(Eligibility, CAT_096_CAT_097_FullFiberExtendedWithFiberFastOrExpressForcesWifiOff) {
  OrderRequest fast = Order("fullfiber-extended", {Option("fiber-fast")});
  fast.wifi = WifiChoice::kOn;
  EXPECT_THAT(Rules(Check(fast)), ElementsAre("CAT-096"));  // CAT-096, X-14
  OrderRequest express = Order("fullfiber-extended", {Option("fiber-express")});
  express.wifi = WifiChoice::kOn;
  EXPECT_THAT(Rules(Check(express)), ElementsAre("CAT-097"));  // CAT-097, X-14
  express.wifi = WifiChoice::kOff;
  EXPECT_THAT(Check(express), IsEmpty());  // CAT-038 with wifi off is fine
  OrderRequest up = Order("fullfiber-extended", {Option("fiber-up")});
  up.wifi = WifiChoice::kOn;
  EXPECT_THAT(Check(up), IsEmpty());  // CAT-021: wifi DEF on FFE otherwise
}

TEST(Eligibility, CAT_078_X_02_MobileBackupOnlyWhereOffered) {
  EXPECT_THAT(Check(Order("fullfiber-extended", {Backup()})), IsEmpty());  // CAT-078
  EXPECT_THAT(Rules(Check(Order("business-internet-fiber", {Option("mobile-backup")}))),
              ElementsAre("CAT-078"));  // CAT-078, X-02
}

TEST(Eligibility, CAT_090_TemporaryLineAlwaysHasMobileBackup) {
  // CAT-090: mobile backup is DEF, so ordering it is accepted and not ordering it is too.
  EXPECT_THAT(Check(Order("temporary-fullfiber-extended", {Backup()})), IsEmpty());
  EXPECT_THAT(Check(Order("temporary-fullfiber-extended")), IsEmpty());
}

TEST(Eligibility, CAT_086_MobileBackupOptionNeedsAPositiveFeasibilityStudy) {
  auto missing = Check(Order("internet-pro-plus", {IpPack(8), Option("mobile-backup")}));
  ASSERT_THAT(Rules(missing), ElementsAre("CAT-086"));  // CAT-086: no study stated
  EXPECT_EQ(missing[0].field, "options[1].feasibilityStudy");
  EXPECT_THAT(missing[0].message, ::testing::HasSubstr("positive"));

  auto negative = Check(Order("fullfiber-extended", {Backup(std::string("negative"))}));
  ASSERT_THAT(Rules(negative), ElementsAre("CAT-086"));  // CAT-086: the study must be positive
  EXPECT_EQ(negative[0].field, "options[0].feasibilityStudy");
  EXPECT_THAT(negative[0].message, ::testing::HasSubstr("\"negative\""));

  auto garbled = Check(Order("fullfiber-extended", {Backup(std::string("Positive!"))}));
  ASSERT_THAT(Rules(garbled), ElementsAre("CAT-086"));  // CAT-086: positive or negative, nothing else
  EXPECT_THAT(garbled[0].message, ::testing::HasSubstr("must be \"positive\" or \"negative\""));
  EXPECT_THAT(Rules(Check(Order("fullfiber-extended", {Backup(std::int64_t{1})}))), ElementsAre("CAT-086"));

  EXPECT_THAT(Check(Order("fullfiber-extended", {Backup()})), IsEmpty());  // CAT-086: positive is accepted
}

TEST(Eligibility, CAT_086_CAT_090_NoFeasibilityStudyWhereMobileBackupIsIncluded) {
  // CAT-090: on a Temporary line mobile backup is DEF, so no study is asked for and its outcome
  // does not refuse the order; a malformed one is still reported.
  EXPECT_THAT(Check(Order("temporary-fullfiber-extended", {Option("mobile-backup")})), IsEmpty());
  EXPECT_THAT(Check(Order("temporary-fullfiber-extended", {Backup(std::string("negative"))})), IsEmpty());
  EXPECT_THAT(Rules(Check(Order("temporary-fullfiber-extended", {Backup(std::string("unknown"))}))),
              ElementsAre("CAT-086"));
}

TEST(Eligibility, CAT_046_RouterUpgradeOnlyForInternetProPlus) {
  EXPECT_THAT(Check(Order("internet-pro-plus", {Option("router-upgrade")})), IsEmpty());                 // CAT-046
  EXPECT_THAT(Rules(Check(Order("internet-pro", {Option("router-upgrade")}))), ElementsAre("CAT-046"));  // CAT-013
}

TEST(Eligibility, CFG_033_StandardChangesOnlyForProPlusAndFfe) {
  EXPECT_THAT(Check(Order("fullfiber-extended", {Option("standard-changes")})), IsEmpty());             // CFG-033
  EXPECT_THAT(Rules(Check(Order("fullfiber", {Option("standard-changes")}))), ElementsAre("CFG-033"));  // CFG-033
}

TEST(Eligibility, CAT_056_IpPackOnlyWithProPlusFamilyAndFfe) {
  EXPECT_THAT(Check(Order("internet-pro-plus-essential", {IpPack(16)})), IsEmpty());  // CAT-056
  auto v = Check(Order("internet-pro", {IpPack(16)}));
  ASSERT_THAT(Rules(v), ElementsAre("CAT-056"));  // CAT-056
  EXPECT_EQ(v[0].field, "options[0].id");
}

TEST(Eligibility, CAT_057_X_08_IpPackSizesAre4_8_16_32) {
  for (std::int64_t size : {4, 8, 16, 32}) {
    EXPECT_THAT(Check(Order("internet-pro-plus", {IpPack(size)})), IsEmpty()) << size;  // CAT-057
  }
  auto v = Check(Order("internet-pro-plus", {Option("fixed-ipv4"), IpPack(12)}));
  ASSERT_THAT(Rules(v), ElementsAre("CAT-057"));  // CAT-057, X-08
  EXPECT_EQ(v[0].field, "options[1].ipv4BlockSize");
  EXPECT_THAT(v[0].message, ::testing::HasSubstr("4, 8, 16 or 32"));
  EXPECT_THAT(Rules(Check(Order("internet-pro-plus", {Option("ip-pack")}))), ElementsAre("CAT-057"));  // required
  OrderOption text_size{"ip-pack", {{"ipv4BlockSize", std::string("eight")}}};
  EXPECT_THAT(Rules(Check(Order("internet-pro-plus", {text_size}))), ElementsAre("CAT-057"));
}

TEST(Eligibility, IP_008_AssignmentsLargerThanSlash27NeedRipe488) {
  auto v = Check(Order("internet-pro-plus", {IpPack(64)}));
  ASSERT_THAT(Rules(v), ElementsAre("IP-008"));  // IP-008
  EXPECT_THAT(v[0].message, ::testing::HasSubstr("RIPE-488"));
}

TEST(Eligibility, ORD_002_UnknownCharacteristicOfAnOption) {
  OrderOption option{"fixed-ipv4", {{"ipv4BlockSize", std::int64_t{8}}}};
  auto v = Check(Order("internet-pro", {option}));
  ASSERT_THAT(Rules(v), ElementsAre("ORD-002"));
  EXPECT_EQ(v[0].field, "options[0].ipv4BlockSize");
}

TEST(Eligibility, ORD_037_RushProvisioningOnlyOnTemporaryLines) {
  EXPECT_THAT(Check(Order("temporary-fullfiber-extended", {Rush("2026-12-01")})), IsEmpty());  // ORD-037, ORD-038
  auto v = Check(Order("fullfiber-extended", {Rush("2026-12-01")}));
  ASSERT_THAT(Rules(v), ElementsAre("ORD-037"));  // ORD-037
  EXPECT_EQ(v[0].field, "options[0].id");
}

TEST(Eligibility, ORD_039_RushOrderStatesTheRequestedReadyForServiceDate) {
  auto missing = Check(Order("temporary-fullfiber-extended", {Option("rush-provisioning")}));
  ASSERT_THAT(Rules(missing), ElementsAre("ORD-039"));  // ORD-039
  EXPECT_EQ(missing[0].field, "options[0].requestedReadyForService");
  EXPECT_THAT(Rules(Check(Order("temporary-fullfiber-extended", {Rush("2026-02-30")}))), ElementsAre("ORD-039"));
  EXPECT_THAT(Rules(Check(Order("temporary-fullfiber-extended", {Rush("1/12/2026")}))), ElementsAre("ORD-039"));
}

TEST(Eligibility, SLA_004_AtMostOneSlaTierOption) {
  EXPECT_THAT(Check(Order("internet-pro-plus", {Option("sla-premium")})), IsEmpty());  // SLA-004
  auto v = Check(Order("internet-pro-plus", {Option("sla-premium"), Option("sla-medium")}));
  ASSERT_THAT(Rules(v), ElementsAre("SLA-004"));  // SLA-004
  EXPECT_EQ(v[0].field, "options[1].id");
}

TEST(Eligibility, CAT_008_SlaTierOptionsOnlyWhereT05OffersThem) {
  EXPECT_THAT(Check(Order("fullfiber", {Option("sla-premium")})), IsEmpty());                     // T-05: FullFiber OPT
  EXPECT_THAT(Rules(Check(Order("fullfiber", {Option("sla-medium")}))), ElementsAre("CAT-008"));  // no Medium
  EXPECT_THAT(Rules(Check(Order("internet-pro", {Option("sla-premium")}))), ElementsAre("CAT-008"));
}

TEST(Eligibility, ReportsEveryViolationNotOnlyTheFirst) {
  OrderRequest order = Order("internet-essential", {Option("fiber-fast"), IpPack(64), Option("nope")});
  order.wifi = WifiChoice::kUnstated;
  order.customer_employees = 3;
  auto v = Check(order);
  EXPECT_THAT(Rules(v),
              UnorderedElementsAre("CAT-005", "CAT-024", "CAT-056", "IP-008", "ORD-002", "ORD-002", "CON-004"));
  for (const Violation& violation : v) {
    EXPECT_FALSE(violation.field.empty()) << violation.rule;
    EXPECT_FALSE(violation.message.empty()) << violation.rule;
  }
}

// Property: an order made only of options its formula offers (one per exclusive group), with
// wifi off and a real Client, is valid; adding one option the formula does not offer yields
// exactly one more violation, on that option, citing the option's rule (CAT-007, U-04).
RC_GTEST_PROP(EligibilityProperty, OfferedOptionsAreAcceptedAndNotOfferedOnesRejected, ()) {
  static const Catalog catalog = testing::FixtureCatalog();
  std::vector<const Formula*> orderable;
  for (const Formula& f : catalog.formulas()) {
    if (f.IsOrderable()) orderable.push_back(&f);
  }
  const Formula& formula = *orderable[*rc::gen::inRange<std::size_t>(0, orderable.size())];
  OrderRequest order = Order(formula.id);
  order.customer_employees = *rc::gen::inRange<std::int64_t>(10, 100000);
  std::vector<const ComponentDef*> not_offered;
  bool speed_taken = false;
  bool tier_taken = false;
  for (const ComponentDef* option : catalog.Options()) {
    if (formula.Availability(option->id) == ComponentAvailability::kNotOffered) {
      not_offered.push_back(option);
      continue;
    }
    if (!*rc::gen::arbitrary<bool>()) continue;
    bool& taken = option->group == OptionGroup::kSpeedUpgrade ? speed_taken : tier_taken;
    if (option->group != OptionGroup::kNone && taken) continue;
    if (option->group != OptionGroup::kNone) taken = true;
    OrderOption ordered{option->id, {}};
    if (option->id == "ip-pack")
      ordered.characteristics["ipv4BlockSize"] = *rc::gen::element<std::int64_t>(4, 8, 16, 32);
    if (option->id == "rush-provisioning")
      ordered.characteristics["requestedReadyForService"] = std::string("2027-01-15");
    if (option->id == "mobile-backup") ordered.characteristics["feasibilityStudy"] = std::string("positive");
    order.options.push_back(ordered);
  }
  RC_ASSERT(CheckOrderEligibility(catalog, order).empty());
  RC_PRE(!not_offered.empty());
  const ComponentDef& bad = *not_offered[*rc::gen::inRange<std::size_t>(0, not_offered.size())];
  OrderOption ordered{bad.id, {}};
  if (bad.id == "ip-pack") ordered.characteristics["ipv4BlockSize"] = std::int64_t{8};
  if (bad.id == "rush-provisioning") ordered.characteristics["requestedReadyForService"] = std::string("2027-01-15");
  if (bad.group == OptionGroup::kNone || !(bad.group == OptionGroup::kSpeedUpgrade ? speed_taken : tier_taken)) {
    order.options.push_back(ordered);
    auto violations = CheckOrderEligibility(catalog, order);
    RC_ASSERT(violations.size() == 1u);
    RC_ASSERT(violations[0].rule == bad.rule);
    RC_ASSERT(violations[0].field == "options[" + std::to_string(order.options.size() - 1) + "].id");
  }
}

}  // namespace
}  // namespace bizline
