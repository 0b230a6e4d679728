// What an active line records, built from the catalog at activation: speeds (T-06..T-08,
// CAT-034..CAT-040), CPE (CAT-041..CAT-044), wifi (CAT-021, CAT-094..CAT-097), ports (T-11,
// CAT-061, CFG-034), mailboxes (T-10, CAT-066..CAT-071), firewall (CAT-019), mobile backup
// (CAT-020, CAT-090), SLA tier, addressing needs (T-09, CAT-047..CAT-059, IP-008) and the
// contract dates (CON-007, CON-008).
#include <gtest/gtest.h>

#include "catalog_fixture.h"
#include "domain/calendar/brussels_time.h"
#include "domain/inventory/line_builder.h"

namespace bizline {
namespace {

using testing::FixtureCatalog;

// The fixture catalog plus the cells these rules read: the managed firewall (DEF on Internet
// Pro+ and FFE, CAT-019), the component, and a port profile that lists port 23 to prove it is
// never opened.
Catalog LineCatalog() {
  Catalog base = FixtureCatalog();
  std::vector<ComponentDef> components = base.components();
  components.push_back(testing::Component("managed-firewall", "CAT-019", false));
  std::vector<Formula> formulas = base.formulas();
  for (Formula& f : formulas) {
    if (f.id == "internet-pro-plus" || f.id == "fullfiber-extended") f.components["managed-firewall"] = testing::kDef;
  }
  PortProfile standard{"standard",
                       {{25, "tcp", "MAIL"}, {80, "tcp", "WEB"}, {443, "tcp", "WEB"}, {23, "tcp", "TELNET"}}};
  return Catalog(components, formulas, {standard}, {23}, base.prices());
}

const Instant kActivated = InstantFromEpoch(1'800'000'000);  // 2027-01-15 08:00 UTC

LineDraft Build(const LineOrder& order) {
  static const Catalog catalog = LineCatalog();
  auto draft = BuildLine(catalog, order, kActivated);
  EXPECT_TRUE(draft.ok()) << (draft.ok() ? "" : draft.error().message);
  return draft.ok() ? *draft : LineDraft{};
}

Error BuildError(const LineOrder& order) {
  static const Catalog catalog = LineCatalog();
  auto draft = BuildLine(catalog, order, kActivated);
  EXPECT_FALSE(draft.ok());
  return draft.ok() ? Error{} : draft.error();
}

LineOrder Order(std::string formula, std::vector<OrderOption> options = {}) {
  return LineOrder{"77", std::move(formula), std::move(options), WifiChoice::kUnstated, "", 0, ""};
}

OrderOption IpPack(std::int64_t size) { return {"ip-pack", {{"ipv4BlockSize", size}}}; }

// Data-driven: formula and options -> speed, CPE, addressing needs.
struct SpeedCase {
  const char* rule;
  const char* formula;
  const char* option;
  int down, up;
};

TEST(InventoryLine, SpeedsComeFromTheFormulaOrTheSpeedUpgrade_T06_T07_T08) {
  const SpeedCase cases[] = {
      {"T-06", "internet-pro", "", 100, 40},
      {"CAT-034", "fullfiber-extended", "extended-boost", 500, 100},
      {"CAT-036", "fullfiber-extended", "fiber-up", 1000, 500},
      {"CAT-037", "fullfiber-extended", "fiber-fast", 2500, 1000},
      {"CAT-038", "fullfiber-extended", "fiber-express", 8500, 1500},
      {"CAT-040", "fullfiber", "fullfiber-boost-pro", 1000, 200},
      {"CAT-039", "business-internet-fiber", "business-fiber-2500", 2500, 1000},
  };
  for (const auto& c : cases) {
    std::vector<OrderOption> options;
    if (*c.option) options.push_back({c.option, {}});
    LineDraft d = Build(Order(c.formula, options));
    ASSERT_TRUE(d.product.speed.has_value()) << c.rule;
    EXPECT_EQ(d.product.speed->down_mbps, c.down) << c.rule;
    EXPECT_EQ(d.product.speed->up_mbps, c.up) << c.rule;
  }
}

TEST(InventoryLine, SpeedIsAbsentWhereTheContractStatesNone_X25) {
  EXPECT_FALSE(Build(Order("business-internet-copper")).product.speed.has_value());
}

TEST(InventoryLine, CpeIsARouterOrAModemWithASerial_CAT041_CAT042_CAT043_CAT044) {
  LineDraft router = Build(Order("internet-pro-plus"));
  EXPECT_EQ(router.product.cpe.type, CpeType::kRouter);  // CAT-041
  EXPECT_EQ(router.product.cpe.serial, "RTR-77");        // provisional until the technician's serial
  LineDraft modem = Build(Order("internet-pro-plus-essential"));
  EXPECT_EQ(modem.product.cpe.type, CpeType::kModem);  // CAT-043, CAT-044
  EXPECT_EQ(modem.product.cpe.serial, "MOD-77");
  LineOrder with_serial = Order("fullfiber");
  with_serial.cpe_serial = "BBOX3-0042";
  EXPECT_EQ(Build(with_serial).product.cpe.serial, "BBOX3-0042");
}

TEST(InventoryLine, WifiIsOnByDefaultAndFollowsTheOrder_CAT021) {
  EXPECT_EQ(Build(Order("internet-pro")).product.wifi, WifiState::kOn);
  LineOrder off = Order("internet-pro");
  off.wifi = WifiChoice::kOff;
  EXPECT_EQ(Build(off).product.wifi, WifiState::kOff);
}

TEST(InventoryLine, WifiIsNotAvailableWithoutAProximusRouter_CAT095) {
  EXPECT_EQ(Build(Order("internet-pro-plus-essential")).product.wifi, WifiState::kNotAvailable);
  LineOrder on = Order("internet-pro-plus-essential");
  on.wifi = WifiChoice::kOn;
  Error e = BuildError(on);
  EXPECT_EQ(e.field, "wifi");
  EXPECT_EQ(e.rule, "CAT-095");
}

TEST(InventoryLine, WifiIsNotAvailableWithFiberFastOrExpress_CAT096_CAT097) {
  EXPECT_EQ(Build(Order("fullfiber-extended", {{"fiber-fast", {}}})).product.wifi, WifiState::kNotAvailable);
  LineOrder on = Order("fullfiber-extended", {{"fiber-express", {}}});
  on.wifi = WifiChoice::kOn;
  EXPECT_EQ(BuildError(on).rule, "CAT-097");
}

TEST(InventoryLine, DefaultPortsAreOpenAndPort23StaysReserved_CAT061_CFG034) {
  Product p = Build(Order("internet-pro")).product;
  ASSERT_EQ(p.open_ports.size(), 3u);  // 25, 80, 443 from the profile
  for (const OpenPort& port : p.open_ports) EXPECT_NE(port.port, 23) << "CFG-034";
  EXPECT_EQ(p.reserved_ports, std::vector<int>{23});
}

TEST(InventoryLine, MailboxesFollowTheFormula_T10) {
  EXPECT_EQ(Build(Order("internet-pro")).product.mailboxes.count, 10);       // CAT-067
  EXPECT_EQ(Build(Order("internet-pro")).product.mailboxes.size_gb, 50);     // CAT-067
  EXPECT_EQ(Build(Order("internet-essential")).product.mailboxes.count, 1);  // CAT-069 (existing line)
  EXPECT_EQ(Build(Order("internet-pro-plus")).product.mailboxes.count, 0);   // CAT-071
}

TEST(InventoryLine, ManagedFirewallWhereTheFormulaIncludesIt_CAT019) {
  EXPECT_EQ(Build(Order("internet-pro-plus")).product.managed_firewall, ComponentState::kIncluded);
  EXPECT_EQ(Build(Order("fullfiber")).product.managed_firewall, ComponentState::kNotIncluded);
}

TEST(InventoryLine, MobileBackupWhenOrderedOrAlwaysOnTemporary_CAT020_CAT090) {
  EXPECT_EQ(Build(Order("fullfiber-extended")).product.mobile_backup, ComponentState::kNotIncluded);
  EXPECT_EQ(Build(Order("fullfiber-extended", {{"mobile-backup", {}}})).product.mobile_backup,
            ComponentState::kIncluded);
  EXPECT_EQ(Build(Order("temporary-fullfiber-extended")).product.mobile_backup, ComponentState::kIncluded);
  Error e = BuildError(Order("internet-pro", {{"mobile-backup", {}}}));  // not offered: CAT-078
  EXPECT_EQ(e.field, "options[0].id");
  EXPECT_EQ(e.rule, "CAT-078");
}

TEST(InventoryLine, SlaTierFromTheOptionOrTheFormulaDefault) {
  EXPECT_EQ(Build(Order("internet-pro-plus")).product.sla_tier, "basic");
  EXPECT_EQ(Build(Order("internet-pro-plus", {{"sla-premium", {}}})).product.sla_tier, "premium");
  LineOrder contradiction = Order("internet-pro-plus", {{"sla-medium", {}}});
  contradiction.sla_tier = "premium";
  EXPECT_EQ(BuildError(contradiction).field, "slaTier");
  LineOrder unknown = Order("internet-pro-plus");
  unknown.sla_tier = "gold";
  EXPECT_EQ(BuildError(unknown).field, "slaTier");
}

// T-09, CAT-047, CAT-048, CAT-051..CAT-054: which addresses the line gets.
TEST(InventoryLine, AddressingFollowsT09) {
  struct Case {
    const char* rule;
    const char* formula;
    std::vector<OrderOption> options;
    AddressMode ipv4, ipv6;
  } cases[] = {
      {"CAT-047/CAT-048", "internet-pro-plus", {}, AddressMode::kFixed, AddressMode::kFixed},
      {"CAT-052", "fullfiber", {}, AddressMode::kFixed, AddressMode::kDynamic},
      {"CAT-053", "internet-pro", {}, AddressMode::kDynamic, AddressMode::kDynamic},
      {"CAT-054", "internet-pro", {{"fixed-ipv4", {}}}, AddressMode::kFixed, AddressMode::kDynamic},
  };
  for (const auto& c : cases) {
    LineDraft d = Build(Order(c.formula, c.options));
    EXPECT_EQ(d.needs.ipv4, c.ipv4) << c.rule;
    EXPECT_EQ(d.needs.ipv6, c.ipv6) << c.rule;
    EXPECT_EQ(d.product.addressing.ipv4_mode, c.ipv4) << c.rule;
    EXPECT_EQ(d.needs.ip_pack_size, 0) << c.rule;
  }
  EXPECT_EQ(BuildError(Order("internet-essential", {{"fixed-ipv4", {}}})).rule, "CAT-014");
}

TEST(InventoryLine, IpPackAsksForAnAlignedBlockOfTheOrderedSize_CAT057) {
  for (int size : {4, 8, 16, 32}) {
    LineDraft d = Build(Order("fullfiber-extended", {IpPack(size)}));
    EXPECT_EQ(d.needs.ip_pack_size, size);
    EXPECT_EQ(d.product.addressing.ripe_pending_block_size, 0);
  }
  Error e = BuildError(Order("fullfiber-extended", {IpPack(6)}));
  EXPECT_EQ(e.field, "options[0].ipv4BlockSize");
  EXPECT_EQ(e.rule, "CAT-057");
  EXPECT_EQ(BuildError(Order("fullfiber-extended", {{"ip-pack", {}}})).rule, "CAT-057");
  EXPECT_EQ(BuildError(Order("fullfiber", {IpPack(8)})).rule, "CAT-056");  // not offered on FullFiber
}

TEST(InventoryLine, IpPackAboveSlash27GoesTheRipe488Way_IP008) {
  LineDraft d = Build(Order("fullfiber-extended", {IpPack(64)}));
  EXPECT_EQ(d.needs.ip_pack_size, 0);  // nothing allocated automatically
  EXPECT_EQ(d.product.addressing.ripe_pending_block_size, 64);
}

// CON-007: the contract starts on the activation date; CON-008: the initial period is ten
// months unless the order says otherwise.
TEST(InventoryLine, ContractStartsAtActivationWithTheInitialTerm_CON007_CON008) {
  Product p = Build(Order("internet-pro")).product;
  EXPECT_EQ(p.contract_start, kActivated);
  EXPECT_EQ(p.initial_term_months, 10);
  EXPECT_EQ(BrusselsDay(p.initial_term_end), date::local_days(date::year(2027) / 11 / 15));
  EXPECT_EQ(ToBrusselsLocal(p.initial_term_end) - BrusselsDay(p.initial_term_end),
            ToBrusselsLocal(kActivated) - BrusselsDay(kActivated));  // same wall-clock time across DST
  LineOrder longer = Order("internet-pro");
  longer.initial_term_months = 36;
  EXPECT_EQ(BrusselsDay(Build(longer).product.initial_term_end), date::local_days(date::year(2030) / 1 / 15));
  LineOrder bad = Order("internet-pro");
  bad.initial_term_months = -2;
  Error e = BuildError(bad);
  EXPECT_EQ(e.field, "initialTermMonths");
  EXPECT_EQ(e.rule, "CON-008");
}

TEST(InventoryLine, InitialTermEndClampsToTheLastDayOfAShortMonth_CON008) {
  Instant jan31 = FromBrusselsLocal(date::local_days(date::year(2027) / 1 / 31) + std::chrono::hours(10));
  EXPECT_EQ(BrusselsDay(InitialTermEnd(jan31, 1)), date::local_days(date::year(2027) / 2 / 28));
}

TEST(InventoryLine, UnknownFormulaIsRejected) {
  Error e = BuildError(Order("internet-unlimited"));
  EXPECT_EQ(e.field, "formula");
  EXPECT_EQ(e.rule, "CAT-002");
}

}  // namespace
}  // namespace bizline
