// The offer as data: catalog/offer.yaml and catalog/prices.yaml loaded by the real loader, checked
// against the contract's tables, and broken on purpose to prove each load error names its place.
#include "catalog/offer_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <tuple>

namespace bizline {
namespace {

using ::testing::HasSubstr;

// The source tree: BIZLINE_SOURCE_DIR under CTest, else found upwards from the working directory.
std::filesystem::path SourceDir() {
  if (const char* dir = std::getenv("BIZLINE_SOURCE_DIR")) return dir;
  for (auto dir = std::filesystem::current_path(); !dir.empty(); dir = dir.parent_path()) {
    if (std::filesystem::exists(dir / "catalog" / kOfferFileName)) return dir;
    if (dir == dir.parent_path()) break;
  }
  return "/work/main";
}

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const Catalog& RealCatalog() {
  static const Catalog catalog = [] {
    auto loaded = LoadCatalogDir(SourceDir() / "catalog");
    if (!loaded.ok()) ADD_FAILURE() << loaded.error().message;
    return loaded.ok() ? *loaded : Catalog();
  }();
  return catalog;
}

const Formula& F(std::string_view id) {
  const Formula* f = RealCatalog().FindFormula(id);
  if (f == nullptr) throw std::out_of_range("no formula " + std::string(id));
  return *f;
}

constexpr auto kDef = ComponentAvailability::kDefault;
constexpr auto kOpt = ComponentAvailability::kOptional;
constexpr auto kNo = ComponentAvailability::kNotOffered;

TEST(OfferFile, CAT_005_HoldsEveryFormulaOfT01) {
  std::vector<std::string> ids;
  for (const Formula& f : RealCatalog().formulas()) ids.push_back(f.id);
  EXPECT_THAT(
      ids, ::testing::UnorderedElementsAre(  // CAT-005, X-05: driven by T-01, 18 entries
               "internet-essential", "internet-maxi", "internet-pro", "business-internet-copper", "internet-pro-plus",
               "internet-pro-plus-essential", "internet-maxi-fullfiber", "fullfiber-extended-essential", "fullfiber",
               "business-internet-fiber", "fullfiber-extended", "internet-essential-fiber", "internet-fiber-100",
               "fiber-internet-pro", "fiber-internet-pro-plus", "fiber-internet-pro-plus-essential",
               "temporary-internet-pro-plus", "temporary-fullfiber-extended"));
  EXPECT_EQ(F("internet-maxi-fullfiber").name, "Internet Maxi FullFiber with Bizz Services");
  EXPECT_THAT(F("internet-maxi-fullfiber").aliases,
              ::testing::Contains("Internet Maxi Fiber with Bizz Services"));
}

TEST(OfferFile, T01_StatusStopSellAndPending) {
  EXPECT_EQ(F("internet-essential").status, FormulaStatus::kStopSell);        // T-01 #1
  EXPECT_EQ(F("internet-essential-fiber").status, FormulaStatus::kStopSell);  // inherits (CAT-026)
  EXPECT_EQ(F("business-internet-copper").status, FormulaStatus::kPending);   // no speed stated
  EXPECT_FALSE(F("business-internet-copper").speed.has_value());
  EXPECT_EQ(F("internet-pro").status, FormulaStatus::kLaunched);
}

TEST(OfferFile, CAT_027_TechnologyPerFormula) {
  for (const char* id : {"internet-essential", "internet-maxi", "internet-pro", "business-internet-copper",
                         "internet-pro-plus", "internet-pro-plus-essential", "temporary-internet-pro-plus"}) {
    EXPECT_EQ(F(id).technology, Technology::kCopper) << id;  // CAT-027
  }
  for (const char* id :
       {"internet-maxi-fullfiber", "fullfiber-extended-essential", "fullfiber", "business-internet-fiber",
        "fullfiber-extended", "fiber-internet-pro", "temporary-fullfiber-extended"}) {
    EXPECT_EQ(F(id).technology, Technology::kFiber) << id;  // CAT-027
  }
}

// T-02 and T-03 cells, one row per rule; each expectation is the contract's cell after the
// Proposed resolutions.
TEST(OfferFile, FunctionalCellsOfT02AndT03) {
  struct Cell {
    const char* formula;
    const char* component;
    ComponentAvailability expected;
    const char* rule;
  };
  const Cell cells[] = {
      {"internet-essential", "bandwidth", kDef, "CAT-009"},
      {"fullfiber-extended", "bandwidth", kDef, "CAT-009"},
      {"business-internet-fiber", "unlimited-ports", kDef, "CAT-010"},
      {"internet-pro-plus", "router-upgrade", kOpt, "CAT-013"},
      {"internet-pro", "router-upgrade", kNo, "CAT-013"},
      {"fullfiber-extended", "router-upgrade", kNo, "CAT-013"},
      {"internet-essential", "fixed-ipv4", kNo, "CAT-014"},
      {"internet-maxi", "fixed-ipv4", kOpt, "CAT-014"},
      {"business-internet-copper", "fixed-ipv4", kOpt, "CAT-014"},
      {"internet-maxi-fullfiber", "fixed-ipv4", kOpt, "CAT-014"},
      {"fullfiber", "fixed-ipv4", kDef, "CAT-014"},
      {"fullfiber-extended-essential", "fixed-ipv4", kDef, "CAT-014"},
      {"internet-pro-plus-essential", "fixed-ipv6-block", kDef, "CAT-015"},
      {"fullfiber", "fixed-ipv6-block", kNo, "CAT-015"},
      {"internet-pro-plus", "ip-pack", kOpt, "CAT-016"},
      {"fullfiber-extended-essential", "ip-pack", kOpt, "CAT-016"},
      {"fullfiber", "ip-pack", kNo, "CAT-016"},
      {"business-internet-fiber", "ip-pack", kNo, "CAT-016"},
      {"internet-maxi", "mailbox", kDef, "CAT-018"},
      {"business-internet-fiber", "mailbox", kNo, "CAT-018"},
      {"fullfiber-extended", "mailbox", kNo, "CAT-018"},
      {"internet-pro-plus", "managed-firewall", kDef, "CAT-019"},
      {"fullfiber-extended", "managed-firewall", kDef, "CAT-019"},
      {"fullfiber", "managed-firewall", kNo, "CAT-019"},
      {"internet-pro-plus", "mobile-backup", kOpt, "CAT-078"},
      {"fullfiber-extended", "mobile-backup", kOpt, "CAT-078"},
      {"business-internet-copper", "mobile-backup", kNo, "CAT-078"},  // X-02 (CAT-020 table says OPT)
      {"business-internet-fiber", "mobile-backup", kNo, "CAT-078"},
      {"internet-pro-plus-essential", "wifi", kNo, "CAT-021"},
      {"fullfiber-extended-essential", "wifi", kNo, "CAT-021"},
      {"business-internet-fiber", "wifi", kDef, "CAT-021"},
      {"fullfiber", "fullfiber-boost-pro", kOpt, "CAT-022"},
      {"fullfiber-extended", "fullfiber-boost-pro", kNo, "CAT-022"},
      {"fullfiber-extended", "extended-boost", kOpt, "CAT-023"},
      {"business-internet-fiber", "extended-boost", kNo, "CAT-023"},
      {"fullfiber-extended-essential", "extended-boost-pro", kOpt, "CAT-023"},
      {"fullfiber-extended-essential", "fiber-express", kOpt, "CAT-024"},
      {"fullfiber", "fiber-up", kNo, "CAT-024"},
      {"business-internet-fiber", "business-fiber-500", kDef, "CAT-025"},
      {"business-internet-fiber", "business-fiber-8500", kOpt, "CAT-025"},
      {"fullfiber-extended", "business-fiber-2500", kNo, "CAT-025"},
      {"internet-pro", "fiber-up", kNo, "CAT-033"},  // copper: no fiber speed options
  };
  for (const Cell& c : cells) {
    EXPECT_EQ(F(c.formula).Availability(c.component), c.expected) << c.rule << " " << c.formula << " " << c.component;
  }
}

TEST(OfferFile, SupportCellsOfT05) {
  for (const Formula& f : RealCatalog().formulas()) {
    EXPECT_EQ(f.Availability("installation"), kDef) << f.id;  // T-05 row 1
    EXPECT_EQ(f.Availability("service-desk-access"), kDef) << f.id;
  }
  EXPECT_EQ(F("internet-pro-plus-essential").Availability("express-spare-parts"), kNo);
  EXPECT_EQ(F("internet-pro-plus").Availability("configuration-backup"), kDef);
  EXPECT_EQ(F("fiber-internet-pro-plus").Availability("configuration-backup"), kDef);
  EXPECT_EQ(F("fullfiber").Availability("configuration-backup"), kNo);
  EXPECT_EQ(F("fullfiber-extended").Availability("standard-changes"), kOpt);              // CFG-033
  EXPECT_EQ(F("internet-pro").Availability("standard-changes"), kNo);                     // CFG-033
  EXPECT_EQ(F("internet-maxi-fullfiber").Availability("express-spare-parts"), kDef);      // T-01: Maxi's column
  EXPECT_EQ(F("internet-pro-plus-essential").Availability("availability-target"), kDef);  // T-16
  EXPECT_EQ(F("fullfiber-extended").Availability("availability-target"), kNo);
}

TEST(OfferFile, SLA_004_TierOptionsFollowT05) {
  EXPECT_EQ(F("internet-pro-plus").default_sla_tier, "basic");
  EXPECT_EQ(F("internet-pro-plus").Availability("sla-premium"), kOpt);
  EXPECT_EQ(F("internet-pro-plus").Availability("sla-medium"), kOpt);
  EXPECT_EQ(F("fullfiber").default_sla_tier, "default");
  EXPECT_EQ(F("fullfiber").Availability("sla-premium"), kOpt);  // ids.md: FullFiber's OPT level
  EXPECT_EQ(F("fullfiber").Availability("sla-medium"), kNo);
  for (const char* id : {"internet-essential", "internet-maxi", "internet-pro", "internet-maxi-fullfiber"}) {
    EXPECT_EQ(F(id).default_sla_tier, "default") << id;
    EXPECT_EQ(F(id).Availability("sla-premium"), kNo) << id;
  }
  for (const char* id : {"business-internet-copper", "business-internet-fiber", "fullfiber-extended-essential"}) {
    EXPECT_EQ(F(id).default_sla_tier, kNoSlaTier) << id;  // X-25, as catalog/sla.yaml
    EXPECT_EQ(F(id).Availability("sla-medium"), kNo) << id;
  }
}

TEST(OfferFile, CAT_012_X_01_CpeType) {
  EXPECT_EQ(F("internet-pro-plus").cpe, CpeType::kRouter);                 // CAT-041
  EXPECT_EQ(F("internet-essential").cpe, CpeType::kRouter);                // CAT-042
  EXPECT_EQ(F("business-internet-fiber").cpe, CpeType::kRouter);           // the text's b-box
  EXPECT_EQ(F("internet-pro-plus-essential").cpe, CpeType::kModem);        // CAT-043, CAT-044
  EXPECT_EQ(F("fullfiber-extended-essential").cpe, CpeType::kModem);       // CAT-043, CAT-044
  EXPECT_EQ(F("fiber-internet-pro-plus-essential").cpe, CpeType::kModem);  // CAT-026
}

TEST(OfferFile, CAT_017_CAT_063_CAT_064_EndUsers) {
  EXPECT_EQ(F("internet-pro").max_end_users, 253);                            // CAT-063
  EXPECT_FALSE(F("internet-pro-plus-essential").max_end_users.has_value());   // CAT-064
  EXPECT_FALSE(F("fullfiber-extended-essential").max_end_users.has_value());  // CAT-017
}

TEST(OfferFile, CAT_028_CAT_031_BaseSpeeds) {
  auto speed = [](const char* id) { return std::make_pair(F(id).speed->down_mbps, F(id).speed->up_mbps); };
  EXPECT_EQ(speed("internet-pro-plus"), std::make_pair(100, 40));  // CAT-028
  EXPECT_EQ(speed("internet-pro-plus-essential"), std::make_pair(100, 40));
  EXPECT_EQ(speed("internet-pro"), std::make_pair(100, 40));
  EXPECT_EQ(speed("internet-maxi"), std::make_pair(100, 30));
  EXPECT_EQ(speed("internet-essential"), std::make_pair(50, 4));
  EXPECT_EQ(speed("fullfiber-extended"), std::make_pair(350, 100));  // CAT-031
  EXPECT_EQ(speed("fullfiber"), std::make_pair(350, 50));
  EXPECT_EQ(speed("fullfiber-extended-essential"), std::make_pair(350, 100));
  EXPECT_EQ(speed("business-internet-fiber"), std::make_pair(500, 500));
  EXPECT_EQ(speed("internet-maxi-fullfiber"), std::make_pair(350, 30));
  EXPECT_EQ(speed("fiber-internet-pro"), std::make_pair(100, 40));  // T-06 Proposed: inherited
}

TEST(OfferFile, CAT_034_TO_CAT_040_SpeedUpgrades) {
  auto speed = [](const char* id) {
    const ComponentDef* c = RealCatalog().FindComponent(id);
    return std::make_pair(c->speed->down_mbps, c->speed->up_mbps);
  };
  EXPECT_EQ(speed("extended-boost"), std::make_pair(500, 100));         // CAT-034
  EXPECT_EQ(speed("extended-boost-pro"), std::make_pair(1000, 200));    // CAT-035
  EXPECT_EQ(speed("fiber-up"), std::make_pair(1000, 500));              // CAT-036
  EXPECT_EQ(speed("fiber-fast"), std::make_pair(2500, 1000));           // CAT-037
  EXPECT_EQ(speed("fiber-express"), std::make_pair(8500, 1500));        // CAT-038
  EXPECT_EQ(speed("business-fiber-500"), std::make_pair(500, 500));     // CAT-039
  EXPECT_EQ(speed("business-fiber-2500"), std::make_pair(2500, 1000));  // CAT-039
  EXPECT_EQ(speed("business-fiber-8500"), std::make_pair(8500, 1500));  // CAT-039
  EXPECT_EQ(speed("fullfiber-boost-pro"), std::make_pair(1000, 200));   // CAT-040
  EXPECT_EQ(RealCatalog().FindComponent("fiber-fast")->forces_wifi_off_rule, "CAT-096");
  EXPECT_EQ(RealCatalog().FindComponent("fiber-express")->forces_wifi_off_rule, "CAT-097");
}

TEST(OfferFile, CAT_047_TO_CAT_055_IpAddressingOfT09) {
  for (const char* id :
       {"internet-pro-plus", "internet-pro-plus-essential", "fullfiber-extended", "fullfiber-extended-essential"}) {
    EXPECT_EQ(F(id).ip.ipv4, AddressMode::kFixed) << id;  // CAT-047, CAT-051
    EXPECT_EQ(F(id).ip.ipv6, AddressMode::kFixed) << id;  // CAT-048
    EXPECT_EQ(F(id).ip.fixed_ipv6_prefix, 56) << id;      // CAT-048
  }
  EXPECT_EQ(F("fullfiber").ip.ipv4, AddressMode::kFixed);    // CAT-052
  EXPECT_EQ(F("fullfiber").ip.ipv6, AddressMode::kDynamic);  // CAT-052
  for (const char* id : {"internet-pro", "business-internet-fiber", "internet-maxi", "internet-essential"}) {
    EXPECT_EQ(F(id).ip.ipv4, AddressMode::kDynamic) << id;  // CAT-053
    EXPECT_EQ(F(id).ip.ipv6, AddressMode::kDynamic) << id;  // CAT-053
  }
  const ComponentDef* pack = RealCatalog().FindComponent("ip-pack");
  ASSERT_NE(pack->FindCharacteristic("ipv4BlockSize"), nullptr);
  EXPECT_THAT(pack->FindCharacteristic("ipv4BlockSize")->allowed_values, ::testing::ElementsAre(4, 8, 16, 32));
  EXPECT_EQ(pack->FindCharacteristic("ipv4BlockSize")->above_range_rule, "IP-008");
}

TEST(OfferFile, CAT_066_TO_CAT_071_MailboxesOfT10) {
  EXPECT_EQ(F("internet-pro").mailboxes.count, 10);  // CAT-067
  EXPECT_EQ(F("fullfiber").mailboxes.count, 10);     // CAT-067
  EXPECT_EQ(F("fullfiber").mailboxes.size_gb, 50);
  EXPECT_EQ(F("internet-maxi").mailboxes.count, 6);            // CAT-068
  EXPECT_EQ(F("internet-maxi-fullfiber").mailboxes.count, 6);  // CAT-068
  EXPECT_EQ(F("internet-essential").mailboxes.count, 1);       // CAT-069
  EXPECT_EQ(F("business-internet-fiber").mailboxes.count, 0);  // CAT-070
  EXPECT_EQ(F("internet-pro-plus").mailboxes.count, 0);        // CAT-071
}

TEST(OfferFile, CAT_061_CAT_062_CFG_034_DefaultOpenPorts) {
  const PortProfile* standard = RealCatalog().FindPortProfile(F("internet-pro").port_profile);
  ASSERT_NE(standard, nullptr);
  std::vector<int> ports;
  for (const OpenPort& p : standard->ports) ports.push_back(p.port);
  EXPECT_THAT(ports, ::testing::UnorderedElementsAre(25, 110, 220, 143, 80, 443, 119, 21, 20, 22));  // CAT-062
  EXPECT_THAT(ports, ::testing::Not(::testing::Contains(23)));                                       // CFG-034
  EXPECT_THAT(RealCatalog().reserved_ports(), ::testing::ElementsAre(23));                           // CFG-034
}

TEST(OfferFile, CAT_011_USE_002_VolumeOfT12) {
  EXPECT_EQ(F("internet-essential").volume.policy, VolumePolicy::kCapped);  // USE-003
  EXPECT_EQ(F("internet-essential").volume.included_gb, 100);
  EXPECT_EQ(F("internet-essential").volume.volume_pack, VolumePackCharge::kPaid);  // USE-004
  EXPECT_EQ(F("internet-maxi").volume.policy, VolumePolicy::kFairUse);             // USE-005, X-12
  EXPECT_EQ(F("internet-maxi").volume.fair_use_gb, 3000);
  EXPECT_EQ(F("internet-maxi").volume.volume_pack, VolumePackCharge::kFree);  // USE-005
  EXPECT_EQ(F("business-internet-fiber").volume.raised_fair_use_gb, 6000);    // USE-006
  EXPECT_THAT(F("business-internet-fiber").volume.raised_with,
              ::testing::ElementsAre("business-fiber-2500", "business-fiber-8500"));
  EXPECT_EQ(F("fullfiber-extended").volume.policy, VolumePolicy::kUnlimited);  // USE-007
}

// T-12 for every formula of T-01: the policy, the monthly figure and the Volume Pack.
TEST(OfferFile, CAT_011_VolumePolicyOfEveryFormula) {
  struct Row {
    const char* formula;
    VolumePolicy policy;
    int gb;  // the cap (capped) or the fair-use threshold (fair-use)
    VolumePackCharge pack;
  };
  using enum VolumePolicy;
  using enum VolumePackCharge;
  const Row rows[] = {
      {"internet-essential", kCapped, 100, kPaid},            // CAT-011: not unlimited, 100 GB
      {"internet-essential-fiber", kCapped, 100, kPaid},      // CAT-026
      {"internet-maxi", kFairUse, 3000, kFree},               // CAT-011, X-12: 3 TB fair use
      {"internet-fiber-100", kFairUse, 3000, kFree},          // CAT-026
      {"internet-maxi-fullfiber", kFairUse, 3000, kFree},     // CAT-011, X-12
      {"business-internet-copper", kFairUse, 3000, kFree},    // CAT-011: FUP
      {"business-internet-fiber", kFairUse, 3000, kFree},     // CAT-011: FUP
      {"internet-pro", kUnlimited, 0, kNone},                 // CAT-011: DEF
      {"fiber-internet-pro", kUnlimited, 0, kNone},           //
      {"internet-pro-plus", kUnlimited, 0, kNone},            // CAT-011
      {"fiber-internet-pro-plus", kUnlimited, 0, kNone},      //
      {"temporary-internet-pro-plus", kUnlimited, 0, kNone},  //
      {"internet-pro-plus-essential", kUnlimited, 0, kNone},  // CAT-011
      {"fiber-internet-pro-plus-essential", kUnlimited, 0, kNone},
      {"fullfiber-extended-essential", kUnlimited, 0, kNone},  // CAT-011
      {"fullfiber", kUnlimited, 0, kNone},                     // CAT-011
      {"fullfiber-extended", kUnlimited, 0, kNone},            // CAT-011
      {"temporary-fullfiber-extended", kUnlimited, 0, kNone},
  };
  EXPECT_EQ(std::size(rows), RealCatalog().formulas().size());
  for (const Row& row : rows) {
    const Volume& v = F(row.formula).volume;
    EXPECT_EQ(v.policy, row.policy) << row.formula;  // CAT-011
    EXPECT_EQ(row.policy == kCapped ? v.included_gb : v.fair_use_gb, row.gb) << row.formula;
    EXPECT_EQ(v.volume_pack, row.pack) << row.formula;
    EXPECT_EQ(F(row.formula).Availability("volume-pack"), row.pack == kNone ? kNo : kOpt) << row.formula;
  }
}

// T-02/T-03 CPE row for every formula of T-01, after X-01 (Business Internet: the text's b-box).
TEST(OfferFile, CAT_012_CpeTypeOfEveryFormula) {
  std::vector<std::string> modems;
  for (const Formula& f : RealCatalog().formulas()) {
    if (f.cpe == CpeType::kModem) modems.push_back(f.id);
  }
  EXPECT_THAT(modems, ::testing::UnorderedElementsAre("internet-pro-plus-essential", "fullfiber-extended-essential",
                                                      "fiber-internet-pro-plus-essential"));  // CAT-012, CAT-044
  for (const char* id : {"business-internet-copper", "business-internet-fiber"}) {
    EXPECT_EQ(F(id).cpe, CpeType::kRouter) << id;  // CAT-012, X-01: the table's "Modem" loses to the text
  }
  EXPECT_EQ(RealCatalog().formulas().size(), 18u);  // every other formula: a router (CAT-012)
}

TEST(OfferFile, CAT_003_CAT_004_SolutionElementsAndProducts) {
  const ServiceInformation& service = RealCatalog().service();
  std::vector<std::string> elements;
  std::vector<std::string> products;
  for (const SolutionElement& e : service.solution_elements) {
    elements.push_back(e.id);
    if (e.is_product) products.push_back(e.id);
  }
  EXPECT_THAT(elements, ::testing::ElementsAre("cpe", "line", "platform", "mobile-backup-hardware"));  // CAT-003
  EXPECT_THAT(products, ::testing::ElementsAre("cpe", "mobile-backup-hardware"));                      // CAT-004
  // T-05 column 2: the elements each support component concerns.
  EXPECT_THAT(RealCatalog().FindComponent("installation")->elements,
              ::testing::ElementsAre("cpe", "line", "mobile-backup-hardware"));
  EXPECT_THAT(RealCatalog().FindComponent("express-spare-parts")->elements, ::testing::ElementsAre("cpe"));
  EXPECT_THAT(RealCatalog().FindComponent("configuration-restoration")->elements,
              ::testing::ElementsAre("cpe", "line", "platform"));
  for (const ComponentDef& c : RealCatalog().components()) {
    if (c.kind == ComponentKind::kSupport) {
      EXPECT_FALSE(c.elements.empty()) << c.id;  // T-05 states them all
    }
  }
}

TEST(OfferFile, CAT_006_CAT_098_EveryFormulaHasFunctionalAndSupportComponents) {
  for (const Formula& f : RealCatalog().formulas()) {
    EXPECT_EQ(f.Availability("caching-dns"), kDef) << f.id;   // CAT-098
    EXPECT_EQ(f.Availability("bandwidth"), kDef) << f.id;     // CAT-006: functional...
    EXPECT_EQ(f.Availability("installation"), kDef) << f.id;  // CAT-006: ...and support
  }
  EXPECT_TRUE(RealCatalog().FindComponent("caching-dns")->in_every_formula);  // CAT-098: checked at load
}

TEST(OfferFile, CAT_072_CAT_073_ManagedFirewallAndItsStandardFunctions) {
  const ComponentDef* firewall = RealCatalog().FindComponent("managed-firewall");
  ASSERT_NE(firewall, nullptr);
  EXPECT_FALSE(firewall->orderable);  // CAT-072: included where DEF, not ordered
  EXPECT_THAT(firewall->functions,
              ::testing::ElementsAre("stateful (dynamic) packet inspection", "access lists", "session monitoring",
                                     "timers per port and per application"));  // CAT-073
  ASSERT_EQ(firewall->notes.size(), 1u);
  EXPECT_EQ(firewall->notes[0].rule, "CAT-072");
  EXPECT_THAT(firewall->notes[0].text, HasSubstr("standard set of parameters"));
}

TEST(OfferFile, CAT_086_MobileBackupNeedsAFeasibilityStudyWhereItIsAnOption) {
  const CharacteristicDef* study = RealCatalog().FindComponent("mobile-backup")->FindCharacteristic("feasibilityStudy");
  ASSERT_NE(study, nullptr);
  EXPECT_EQ(study->type, CharacteristicType::kText);
  EXPECT_EQ(study->requirement, CharacteristicRequirement::kRequiredWhereOptional);  // CAT-086, CAT-090
  EXPECT_THAT(study->allowed_texts, ::testing::ElementsAre("positive", "negative"));
  EXPECT_THAT(study->accepted_texts, ::testing::ElementsAre("positive"));  // CAT-086
  EXPECT_EQ(study->rule, "CAT-086");
}

TEST(OfferFile, CAT_058_IpPackSizeIsReviewedBeforeAllocation) {
  const CharacteristicDef* size = RealCatalog().FindComponent("ip-pack")->FindCharacteristic("ipv4BlockSize");
  ASSERT_NE(size, nullptr);
  ASSERT_EQ(size->notes.size(), 1u);
  EXPECT_EQ(size->notes[0].rule, "CAT-058");  // served with the characteristic in TMF620
  EXPECT_THAT(size->notes[0].text, HasSubstr("before allocating"));
}

TEST(OfferFile, CAT_029_CAT_030_CAT_032_SpeedTextsAndAddresses) {
  const ServiceInformation& service = RealCatalog().service();
  const SpeedInformation* copper = service.SpeedFor(Technology::kCopper);
  const SpeedInformation* fiber = service.SpeedFor(Technology::kFiber);
  ASSERT_NE(copper, nullptr);
  ASSERT_NE(fiber, nullptr);
  EXPECT_EQ(copper->disclaimer.rule, "CAT-029");
  EXPECT_THAT(copper->disclaimer.text, HasSubstr("theoretical"));
  EXPECT_EQ(fiber->disclaimer.rule, "CAT-032");
  EXPECT_THAT(fiber->disclaimer.text, HasSubstr("speed option"));
  EXPECT_EQ(copper->check_url, "https://www.proximus.be/fr/id_cl_entspeedt");  // CAT-030
  EXPECT_EQ(fiber->check_url, "https://www.proximus.be/internetspeed");        // CAT-030
  EXPECT_EQ(service.speed_policy_url, "https://www.proximus.be/internetpolicy");
}

TEST(OfferFile, CAT_065_WifiRecommendationIsANoteNotALimit) {
  const ComponentDef* wifi = RealCatalog().FindComponent("wifi");
  ASSERT_EQ(wifi->notes.size(), 1u);
  EXPECT_EQ(wifi->notes[0].rule, "CAT-065");
  EXPECT_THAT(wifi->notes[0].text, HasSubstr("15 simultaneous"));
  EXPECT_TRUE(wifi->characteristics.empty());  // CAT-065: nothing an order must state or obey
}

TEST(OfferFile, CAT_026_LikeForLikeProfilesCopyTheirCopperProduct) {
  const std::pair<const char*, const char*> pairs[] = {
      {"internet-essential-fiber", "internet-essential"},
      {"internet-fiber-100", "internet-maxi"},
      {"fiber-internet-pro", "internet-pro"},
      {"fiber-internet-pro-plus", "internet-pro-plus"},
      {"fiber-internet-pro-plus-essential", "internet-pro-plus-essential"}};
  for (const auto& [profile, copper] : pairs) {
    const Formula& p = F(profile);
    const Formula& c = F(copper);
    EXPECT_EQ(p.kind, FormulaKind::kLikeForLike) << profile;
    EXPECT_EQ(p.derived_from, copper);
    EXPECT_EQ(p.technology, Technology::kFiber) << profile;  // CAT-026: GPON
    EXPECT_EQ(p.components, c.components) << profile;        // CAT-026: same characteristics
    EXPECT_EQ(p.cpe, c.cpe) << profile;
    EXPECT_EQ(p.mailboxes.count, c.mailboxes.count) << profile;
    EXPECT_EQ(p.default_sla_tier, c.default_sla_tier) << profile;
  }
}

TEST(OfferFile, CAT_090_ORD_037_TemporaryVariants) {
  for (const char* id : {"temporary-internet-pro-plus", "temporary-fullfiber-extended"}) {
    EXPECT_EQ(F(id).kind, FormulaKind::kTemporary) << id;
    EXPECT_EQ(F(id).Availability("mobile-backup"), kDef) << id;      // CAT-090
    EXPECT_EQ(F(id).Availability("rush-provisioning"), kOpt) << id;  // ORD-037, ORD-038
  }
  EXPECT_EQ(F("temporary-fullfiber-extended").Availability("fiber-express"), kOpt);  // inherited
  for (const Formula& f : RealCatalog().formulas()) {
    if (f.kind == FormulaKind::kTemporary) continue;
    EXPECT_EQ(f.Availability("rush-provisioning"), kNo) << f.id;  // ORD-037
  }
}

TEST(OfferFile, T20_PricesInCents) {
  const Catalog& c = RealCatalog();
  ASSERT_NE(c.FindPrice("product-not-returned"), nullptr);
  EXPECT_EQ(c.FindPrice("product-not-returned")->amount, Cents(5000));  // BIL-020: EUR 50.00, stated
  EXPECT_TRUE(c.FindPrice("product-not-returned")->stated_by_contract);
  EXPECT_EQ(c.FindPrice("volume-pack-free")->amount, Cents(0));                                    // USE-005, X-13
  EXPECT_GT(c.FindPrice("volume-pack-paid")->amount, Cents(0));                                    // USE-004
  EXPECT_EQ(c.FindPrice("rush-provisioning-fee")->type, PriceType::kOneTime);                      // ORD-038
  EXPECT_THAT(c.FindPrice("indoor-antenna")->offerings, ::testing::ElementsAre("mobile-backup"));  // CAT-088
  EXPECT_THAT(c.FindPrice("router-upgrade-monthly")->offerings, ::testing::ElementsAre("router-upgrade"));  // CAT-046
  EXPECT_THAT(c.FindPrice("fixed-ipv4-monthly")->rule, "CAT-054");     // paid option
  ASSERT_NE(c.FindPrice("managed-firewall-change"), nullptr);          // T-20 #19
  EXPECT_EQ(c.FindPrice("managed-firewall-change")->rule, "CAT-076");  // chargeable after the first week
  EXPECT_GT(c.FindPrice("managed-firewall-change")->amount, Cents(0));
  for (const Formula& f : c.formulas()) {
    bool monthly = false;
    for (const PriceItem* p : c.PricesFor(f.id)) monthly = monthly || p->type == PriceType::kRecurring;
    EXPECT_TRUE(monthly) << f.id;  // BIL-001, BIL-002
  }
}

// ---- Broken files: every error names file:line:column -------------------------------------

struct Texts {
  std::string offer = ReadText(SourceDir() / "catalog" / kOfferFileName);
  std::string prices = ReadText(SourceDir() / "catalog" / kPricesFileName);
};

// Replaces the first `from` after `after` in `text`; returns the 1-based line and column of it.
std::pair<int, int> Edit(std::string& text, const std::string& after, const std::string& from, const std::string& to) {
  std::size_t anchor = text.find(after);
  EXPECT_NE(anchor, std::string::npos) << after;
  std::size_t at = text.find(from, anchor);
  EXPECT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  std::size_t line_start = text.rfind('\n', at);
  int column = static_cast<int>(at - (line_start == std::string::npos ? 0 : line_start + 1)) + 1;
  return {line, column};
}

std::string Place(const char* file, std::pair<int, int> at, int column_offset = 0) {
  return std::string(file) + ":" + std::to_string(at.first) + ":" + std::to_string(at.second + column_offset) + ": ";
}

std::string LoadError(const Texts& t) {
  auto loaded = ParseCatalog(t.offer, "offer.yaml", t.prices, "prices.yaml");
  EXPECT_FALSE(loaded.ok());
  return loaded.ok() ? "" : loaded.error().message;
}

TEST(OfferFileErrors, RealFilesParseFromMemoryToo) {
  Texts t;
  EXPECT_TRUE(ParseCatalog(t.offer, "offer.yaml", t.prices, "prices.yaml").ok());
}

TEST(OfferFileErrors, BadDefOptCell) {
  Texts t;
  auto at = Edit(t.offer, "- id: internet-pro ", "      mailbox: DEF", "      mailbox: YES");
  EXPECT_THAT(LoadError(t), HasSubstr(Place("offer.yaml", at, 15) + "bad cell 'YES' for 'mailbox'"));
}

TEST(OfferFileErrors, UnknownComponentAndMissingCell) {
  Texts t;
  auto at = Edit(t.offer, "- id: internet-pro ", "      mailbox: DEF", "      mailbx: DEF");
  std::string error = LoadError(t);
  EXPECT_THAT(error, HasSubstr(Place("offer.yaml", at, 6) + "unknown component 'mailbx'"));
  EXPECT_THAT(error, HasSubstr("formula 'internet-pro' does not state component 'mailbox'"));
}

TEST(OfferFileErrors, CAT_026_UnknownFormulaInLikeForLikeOf) {
  Texts t;
  auto at =
      Edit(t.offer, "- id: fiber-internet-pro\n", "like-for-like-of: internet-pro", "like-for-like-of: internet-prro");
  EXPECT_THAT(LoadError(t), HasSubstr(Place("offer.yaml", at, 18) + "unknown formula 'internet-prro'"));
}

TEST(OfferFileErrors, DuplicateIds) {
  Texts t;
  auto at = Edit(t.offer, "formulas:", "- id: internet-pro-plus-essential ", "- id: internet-pro ");
  EXPECT_THAT(LoadError(t), HasSubstr(Place("offer.yaml", at, 6) + "duplicate formula id 'internet-pro' (first at"));
  Texts u;
  auto price = Edit(u.prices, "- id: fiber-express-monthly", "fiber-express-monthly", "fiber-fast-monthly");
  EXPECT_THAT(LoadError(u), HasSubstr(Place("prices.yaml", price) + "duplicate price id 'fiber-fast-monthly'"));
  Texts v;
  auto component = Edit(v.offer, "components:", "- id: wifi", "- id: mailbox");
  EXPECT_THAT(LoadError(v), HasSubstr(Place("offer.yaml", component, 6) + "duplicate component id 'mailbox'"));
}

TEST(OfferFileErrors, NegativePrice) {
  Texts t;
  auto at = Edit(t.prices, "- id: fiber-up-monthly", "amount-cents: 3000", "amount-cents: -3000");
  EXPECT_THAT(LoadError(t), HasSubstr(Place("prices.yaml", at, 14) + "price 'fiber-up-monthly' has a negative amount"));
}

TEST(OfferFileErrors, UnknownOfferingInPriceList) {
  Texts t;
  Edit(t.prices, "- id: fiber-up-monthly", "offerings: [fiber-up]", "offerings: [fibre-up]");
  EXPECT_THAT(LoadError(t), HasSubstr("unknown offering 'fibre-up' (T-20)"));
}

TEST(OfferFileErrors, UnknownKeyIsATypo) {
  Texts t;
  auto at = Edit(t.offer, "- id: fullfiber ", "max-end-users:", "max-endusers:");
  EXPECT_THAT(LoadError(t), HasSubstr(Place("offer.yaml", at) + "unknown key 'max-endusers' in a formula"));
}

TEST(OfferFileErrors, BareDashGetsAHint) {
  Texts t;
  Edit(t.offer, "- id: internet-pro ", "router-upgrade: \"-\"", "router-upgrade: -");
  EXPECT_THAT(LoadError(t), HasSubstr("write not-offered cells as \"-\" in quotes"));
}

TEST(OfferFileErrors, ORD_037_ConsistencyIssueIsPlacedAtTheCell) {
  Texts t;
  auto at = Edit(t.offer, "- id: internet-pro ", "rush-provisioning: \"-\"", "rush-provisioning: OPT");
  EXPECT_THAT(LoadError(t), HasSubstr(Place("offer.yaml", at) + "formula 'internet-pro': Rush Provisioning is "
                                                                "offered only on Temporary lines (ORD-037)"));
}

TEST(OfferFileErrors, CAT_090_TemporaryWithoutMobileBackup) {
  Texts t;
  Edit(t.offer, "- id: temporary-fullfiber-extended", "mobile-backup: DEF", "mobile-backup: OPT");
  EXPECT_THAT(LoadError(t), HasSubstr("(CAT-090)"));
}

TEST(OfferFileErrors, CFG_034_ReservedPortInAProfile) {
  Texts t;
  Edit(t.offer, "port-profiles:", "      - {port: 22,",
       "      - {port: 23, protocol: tcp, service: X}\n      - {port: 22,");
  EXPECT_THAT(LoadError(t), HasSubstr("port 23 is reserved by Proximus (CFG-034)"));
}

TEST(OfferFileErrors, ReportsAllProblemsAtOnce) {
  Texts t;
  auto first = Edit(t.offer, "- id: internet-pro ", "      mailbox: DEF", "      mailbox: YES");
  auto second = Edit(t.offer, "- id: fullfiber ", "      mailbox: DEF", "      mailbox: MAYBE");
  std::string error = LoadError(t);
  EXPECT_THAT(error, HasSubstr(Place("offer.yaml", first, 15)));
  EXPECT_THAT(error, HasSubstr(Place("offer.yaml", second, 15)));
}

// The 1-based line of the first `needle` in `text`.
int LineOf(const std::string& text, const std::string& needle) {
  auto at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

TEST(OfferFileErrors, CAT_003_AMissingSolutionElementIsPlacedAtTheList) {
  Texts t;
  Edit(t.offer, "solution-elements:", "    - {id: platform, name: Internet service platform, product: false}\n", "");
  std::string place = "offer.yaml:" + std::to_string(LineOf(t.offer, "solution-elements:") + 1) + ":";
  EXPECT_THAT(LoadError(t), HasSubstr(place + "5: the Service has exactly four Solution Elements: cpe, line, "
                                              "platform, mobile-backup-hardware (CAT-003)"));
}

TEST(OfferFileErrors, CAT_004_OnlyTheCpeAndMobileBackupHardwareAreProducts) {
  Texts t;
  Edit(t.offer, "- {id: line,", "product: false", "product: true");
  EXPECT_THAT(LoadError(t),
              HasSubstr("'line': the Products are exactly the CPE and the mobile backup hardware (CAT-004)"));
}

TEST(OfferFileErrors, CAT_098_AFormulaWithoutCachingDns) {
  Texts t;
  auto at = Edit(t.offer, "- id: fullfiber ", "caching-dns: DEF", "caching-dns: \"-\"");
  EXPECT_THAT(LoadError(t), HasSubstr(Place("offer.yaml", at) + "formula 'fullfiber': 'caching-dns' is part of every "
                                                                "formula, so its cell is DEF (CAT-098)"));
}

TEST(OfferFileErrors, CAT_030_SpeedCheckAddressMustBeALink) {
  Texts t;
  auto at =
      Edit(t.offer, "speed-information:", "https://www.proximus.be/internetspeed", "www.proximus.be/internetspeed");
  EXPECT_THAT(LoadError(t), HasSubstr(Place("offer.yaml", at) + "'check-url' of the fiber speed information must be "
                                                                "an address starting with https://"));
  Texts u;
  Edit(u.offer, "speed-information:", "    fiber:", "    fibre:");
  std::string error = LoadError(u);
  EXPECT_THAT(error, HasSubstr("unknown key 'fibre' in speed-information"));
}

TEST(OfferFileErrors, CAT_029_CAT_032_MissingDisclaimerIsNamed) {
  Texts t;
  std::size_t from = t.offer.find("    fiber:\n      rule: CAT-032");
  std::size_t to = t.offer.find("check-url: https://www.proximus.be/internetspeed");
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  t.offer.erase(from, t.offer.find('\n', to) + 1 - from);
  std::string error = LoadError(t);
  EXPECT_THAT(error, HasSubstr("the speed disclaimer for fiber is missing (CAT-032)"));
  EXPECT_THAT(error, HasSubstr("where a Client checks its fiber speed is missing (CAT-030)"));
}

TEST(OfferFileErrors, CAT_086_AcceptedValueMustBeAValue) {
  Texts t;
  auto at = Edit(t.offer, "name: feasibilityStudy", "accepted: [positive]", "accepted: [positiv]");
  EXPECT_THAT(LoadError(t), HasSubstr(Place("offer.yaml", at, 10) + "'positiv' of characteristic 'feasibilityStudy' "
                                                                    "is accepted but not among its 'values'"));
  Texts u;
  Edit(u.offer, "name: feasibilityStudy", "required: where-optional", "required: sometimes");
  EXPECT_THAT(LoadError(u), HasSubstr("'sometimes' is not a valid required (expected true, false or where-optional)"));
}

TEST(OfferFileErrors, MissingDirectoryIsNotFound) {
  auto loaded = LoadCatalogDir("/nonexistent/catalog");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace bizline
