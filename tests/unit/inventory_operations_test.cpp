// The staff operations on an active line as pure rules: termination (CON-007, CAT-045, X-33),
// option changes after activation (ORD-041, CAT-007, CAT-033, CAT-056, CAT-057, SLA-004, IP-008,
// CAT-096), renumbering targets (IP-006), firewall change requests (CAT-072, CAT-074..CAT-076,
// U-25) and the line record (ORD-013, ORD-014, ORD-017, CFG-014, CAT-045, CAT-049, CAT-081).
#include <gtest/gtest.h>

#include "domain/inventory/firewall_change.h"
#include "domain/inventory/line_builder.h"
#include "domain/inventory/line_record.h"
#include "domain/inventory/option_change.h"
#include "domain/inventory/renumbering.h"
#include "domain/inventory/termination.h"
#include "inventory_catalog.h"

namespace bizline {
namespace {

const Instant kActivated = InstantFromEpoch(1'800'000'000);
const Catalog kCatalog = testing::InventoryCatalog();

// An active line as provisioning would store it, with its addresses filled in.
Product Line(const std::string& formula, std::vector<OrderOption> options = {},
             WifiChoice wifi = WifiChoice::kUnstated) {
  auto draft = BuildLine(kCatalog, LineOrder{"7", formula, std::move(options), wifi, "", 0, ""}, kActivated);
  EXPECT_TRUE(draft.ok()) << draft.error().message;
  Product p = draft->product;
  p.id = ProductId(7);
  p.customer_id = CustomerId(3);
  if (draft->needs.ipv4 == AddressMode::kFixed) p.addressing.ipv4_address = "198.51.100.7";
  if (draft->needs.ipv6 == AddressMode::kFixed) p.addressing.ipv6_prefix = "2001:db8:4000:100::/56";
  if (draft->needs.ip_pack_size > 0) p.addressing.ip_pack_ipv4_block = "203.0.113.64/29";
  return p;
}

// CAT-086: mobile backup is ordered with a positive feasibility study.
const std::map<std::string, CharacteristicValue, std::less<>> kFeasible{{"feasibilityStudy", std::string("positive")}};

OptionRequest Add(std::string id, std::map<std::string, CharacteristicValue, std::less<>> characteristics = {}) {
  return OptionRequest{OrderOption{std::move(id), std::move(characteristics)}, std::nullopt};
}

void ExpectError(const Result<OptionChange>& r, const std::string& field, const std::string& rule) {
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, field) << r.error().message;
  EXPECT_EQ(r.error().rule, rule) << r.error().message;
}

// --- Termination ---

TEST(InventoryTermination, TerminatesAndSetsTheCpeReturnDate_CAT045_X33) {
  Product line = Line("internet-pro");
  Instant now = kActivated + std::chrono::days(100);
  auto plan = PlanTermination(line, std::nullopt, now);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan->at, now);
  EXPECT_EQ(plan->cpe_return_due, now + std::chrono::days(30));  // CAT-045, X-33, U-24
}

TEST(InventoryTermination, TwiceIsAPreconditionError) {
  Product line = Line("internet-pro");
  line.status = ProductStatus::kTerminated;
  line.terminated_at = kActivated + std::chrono::days(3);
  auto plan = PlanTermination(line, std::nullopt, kActivated + std::chrono::days(5));
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(plan.error().message.find("already terminated"), std::string::npos);
}

TEST(InventoryTermination, DateBeforeTheContractStartOrInTheFutureIsRefused_CON007) {
  Product line = Line("internet-pro");
  Instant now = kActivated + std::chrono::days(10);
  auto early = PlanTermination(line, kActivated - std::chrono::hours(1), now);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().field, "terminationDate");
  EXPECT_EQ(early.error().rule, "CON-007");
  auto future = PlanTermination(line, now + std::chrono::hours(1), now);
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().field, "terminationDate");
  EXPECT_TRUE(PlanTermination(line, kActivated, now).ok());
}

// --- Option changes after activation ---

TEST(InventoryOptionChange, RushProvisioningAfterActivationIsRefused_ORD041) {
  Product line = Line("temporary-fullfiber-extended");
  ExpectError(PlanOptionChange(kCatalog, line, Add("rush-provisioning", {{"requestedReadyForService", "2027-01-04"}})),
              "option.id", "ORD-041");
  OptionRequest with_date = Add("mobile-backup", kFeasible);
  with_date.requested_ready_for_service = "2027-01-04";
  ExpectError(PlanOptionChange(kCatalog, Line("fullfiber-extended"), with_date), "requestedReadyForService", "ORD-041");
  ExpectError(PlanOptionChange(kCatalog, Line("fullfiber-extended"),
                               Add("mobile-backup", {{"requestedReadyForService", "2027-01-04"}})),
              "option.requestedReadyForService", "ORD-041");
}

TEST(InventoryOptionChange, MobileBackupAddedToFfe_CAT020_CAT081) {
  auto change = PlanOptionChange(kCatalog, Line("fullfiber-extended"), Add("mobile-backup", kFeasible));
  ASSERT_TRUE(change.ok()) << change.error().message;
  EXPECT_EQ(change->line.mobile_backup, ComponentState::kIncluded);
  EXPECT_EQ(change->line.options.back(), "mobile-backup");
  EXPECT_TRUE(FixedIpv4OnMobileBackup(change->line));    // CAT-081
  EXPECT_EQ(change->added.ipv4, AddressMode::kDynamic);  // the line's own address serves
  // CAT-086: the catalog's characteristic rules apply as on an order.
  ExpectError(PlanOptionChange(kCatalog, Line("fullfiber-extended"), Add("mobile-backup")), "option.feasibilityStudy",
              "CAT-086");
}

TEST(InventoryOptionChange, OptionNotOfferedByTheFormulaNamesItsRule_CAT020) {
  ExpectError(PlanOptionChange(kCatalog, Line("internet-pro"), Add("mobile-backup")), "option.id", "CAT-078");
  ExpectError(PlanOptionChange(kCatalog, Line("internet-pro"), Add("warp-drive")), "option.id", "ORD-002");
  ExpectError(PlanOptionChange(kCatalog, Line("internet-pro"), Add("")), "option.id", "ORD-002");
}

TEST(InventoryOptionChange, AlreadyPresentOrIncludedByDefaultIsRefused_CAT007) {
  Product with_backup = Line("fullfiber-extended", {{"mobile-backup", kFeasible}});
  ExpectError(PlanOptionChange(kCatalog, with_backup, Add("mobile-backup")), "option.id", "ORD-002");
  ExpectError(PlanOptionChange(kCatalog, Line("fullfiber-extended"), Add("fixed-ipv4")), "option.id", "CAT-007");
  ExpectError(PlanOptionChange(kCatalog, Line("temporary-fullfiber-extended"), Add("mobile-backup")), "option.id",
              "CAT-007");  // CAT-090: always on the Temporary line
}

TEST(InventoryOptionChange, FixedIpv4AddedToADynamicLineNeedsAnAddress_CAT054) {
  auto change = PlanOptionChange(kCatalog, Line("internet-pro"), Add("fixed-ipv4"));
  ASSERT_TRUE(change.ok()) << change.error().message;
  EXPECT_EQ(change->added.ipv4, AddressMode::kFixed);
  EXPECT_EQ(change->line.addressing.ipv4_mode, AddressMode::kFixed);
}

TEST(InventoryOptionChange, OneSpeedUpgradePerLine_CAT033) {
  Product boosted = Line("fullfiber-extended", {{"extended-boost", {}}});
  ExpectError(PlanOptionChange(kCatalog, boosted, Add("fiber-up")), "option.id", "CAT-033");
  auto upgrade = PlanOptionChange(kCatalog, Line("fullfiber-extended"), Add("fiber-up"));
  ASSERT_TRUE(upgrade.ok());
  EXPECT_EQ(upgrade->line.speed->down_mbps, 1000);  // CAT-036
  EXPECT_EQ(upgrade->line.speed->up_mbps, 500);
}

TEST(InventoryOptionChange, FiberFastSwitchesWifiOff_CAT096) {
  auto change = PlanOptionChange(kCatalog, Line("fullfiber-extended"), Add("fiber-fast"));
  ASSERT_TRUE(change.ok());
  EXPECT_EQ(change->line.wifi, WifiState::kNotAvailable);
}

TEST(InventoryOptionChange, SlaTierOptionSetsTheTierOnce_SLA004) {
  auto premium = PlanOptionChange(kCatalog, Line("fullfiber-extended"), Add("sla-premium"));
  ASSERT_TRUE(premium.ok());
  EXPECT_EQ(premium->line.sla_tier, "premium");
  ExpectError(PlanOptionChange(kCatalog, premium->line, Add("sla-medium")), "option.id", "SLA-004");
}

TEST(InventoryOptionChange, IpPackSizesAndTheRipePath_CAT057_IP008) {
  Product ffe = Line("fullfiber-extended");
  auto pack = PlanOptionChange(kCatalog, ffe, Add("ip-pack", {{"ipv4BlockSize", std::int64_t{16}}}));
  ASSERT_TRUE(pack.ok()) << pack.error().message;
  EXPECT_EQ(pack->added.ip_pack_size, 16);
  EXPECT_EQ(pack->ripe_block_size, 0);
  auto ripe = PlanOptionChange(kCatalog, ffe, Add("ip-pack", {{"ipv4BlockSize", std::int64_t{64}}}));
  ASSERT_TRUE(ripe.ok()) << ripe.error().message;
  EXPECT_EQ(ripe->added.ip_pack_size, 0);  // IP-008: not allocated here
  EXPECT_EQ(ripe->ripe_block_size, 64);
  EXPECT_EQ(ripe->line.addressing.ripe_pending_block_size, 64);
  ExpectError(PlanOptionChange(kCatalog, ffe, Add("ip-pack", {{"ipv4BlockSize", std::int64_t{6}}})),
              "option.ipv4BlockSize", "CAT-057");
  ExpectError(PlanOptionChange(kCatalog, ffe, Add("ip-pack", {{"ipv4BlockSize", std::int64_t{48}}})),
              "option.ipv4BlockSize", "CAT-057");
  ExpectError(PlanOptionChange(kCatalog, ffe, Add("ip-pack")), "option.ipv4BlockSize", "CAT-057");
  ExpectError(PlanOptionChange(kCatalog, Line("fullfiber"), Add("ip-pack", {{"ipv4BlockSize", std::int64_t{8}}})),
              "option.id", "CAT-056");
}

TEST(InventoryOptionChange, ALineWithAnIpPackStillTakesOtherOptions) {
  Product with_pack = Line("fullfiber-extended", {{"ip-pack", {{"ipv4BlockSize", std::int64_t{8}}}}});
  auto change = PlanOptionChange(kCatalog, with_pack, Add("mobile-backup", kFeasible));
  EXPECT_TRUE(change.ok()) << change.error().message;
}

TEST(InventoryOptionChange, ATerminatedLineTakesNoOption) {
  Product line = Line("fullfiber-extended");
  line.status = ProductStatus::kTerminated;
  auto r = PlanOptionChange(kCatalog, line, Add("mobile-backup"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kFailedPrecondition);
}

// --- Renumbering ---

TEST(InventoryRenumbering, TargetsMustExistOnTheLine_IP006) {
  Product pro = Line("internet-pro");
  auto none = CheckRenumbering(pro, {RenumberTarget::kFixedIpv4});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().field, "targets[0]");
  EXPECT_EQ(none.error().rule, "IP-006");
  Product ffe = Line("fullfiber-extended");
  EXPECT_TRUE(CheckRenumbering(ffe, {RenumberTarget::kFixedIpv4}).ok());
  EXPECT_EQ(CheckRenumbering(ffe, {RenumberTarget::kIpPack}).error().field, "targets[0]");
  EXPECT_EQ(CheckRenumbering(ffe, {RenumberTarget::kFixedIpv4, RenumberTarget::kFixedIpv4}).error().field,
            "targets[1]");
  EXPECT_EQ(CheckRenumbering(ffe, {}).error().field, "targets");
  Product packed = Line("fullfiber-extended", {{"ip-pack", {{"ipv4BlockSize", std::int64_t{8}}}}});
  EXPECT_TRUE(CheckRenumbering(packed, {RenumberTarget::kFixedIpv4, RenumberTarget::kIpPack}).ok());
  EXPECT_EQ(ParseRenumberTarget("ipPack"), RenumberTarget::kIpPack);
  EXPECT_FALSE(ParseRenumberTarget("ipv6"));
}

// --- Firewall change requests ---

TEST(InventoryFirewallChange, FreeDuringTheFirstWeekThenChargeable_CAT076_U25) {
  Product ffe = Line("fullfiber-extended");
  auto day6 = NewFirewallChange(kCatalog, ffe, "open 8443/tcp", "email", UserId(1), kActivated + std::chrono::days(6));
  ASSERT_TRUE(day6.ok()) << day6.error().message;
  EXPECT_EQ(day6->charge, ChangeCharge::kFree);
  EXPECT_FALSE(day6->amount);
  Instant week = kActivated + std::chrono::days(7);
  auto last_second = NewFirewallChange(kCatalog, ffe, "x", "email", UserId(1), week - std::chrono::seconds(1));
  EXPECT_EQ(last_second->charge, ChangeCharge::kFree);
  auto day7 = NewFirewallChange(kCatalog, ffe, "open 8443/tcp", "myproximus", UserId(1), week);
  ASSERT_TRUE(day7.ok());
  EXPECT_EQ(day7->charge, ChangeCharge::kChargeable);
  EXPECT_EQ(day7->price_item, "managed-firewall-change");
  EXPECT_EQ(day7->amount, Cents(testing::kFirewallChangeCents));
  EXPECT_EQ(ChannelAddress(day7->channel), kFirewallChangePortal);  // CAT-075
}

TEST(InventoryFirewallChange, WithoutAPriceItemStillChargeable_CAT076) {
  Catalog no_price = testing::InventoryCatalog(false);
  auto late = NewFirewallChange(no_price, Line("fullfiber-extended"), "x", "email", UserId(1),
                                kActivated + std::chrono::days(30));
  ASSERT_TRUE(late.ok());
  EXPECT_EQ(late->charge, ChangeCharge::kChargeable);
  EXPECT_FALSE(late->amount);
}

TEST(InventoryFirewallChange, NoManagedFirewallNamesCAT072) {
  auto r = NewFirewallChange(kCatalog, Line("internet-pro"), "open 8443/tcp", "email", UserId(1), kActivated);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(r.error().rule, "CAT-072");
}

TEST(InventoryFirewallChange, BadInputNamesTheField_CAT074_CAT075) {
  Product ffe = Line("fullfiber-extended");
  auto blank = NewFirewallChange(kCatalog, ffe, "  ", "email", UserId(1), kActivated);
  EXPECT_EQ(blank.error().field, "description");
  EXPECT_EQ(blank.error().rule, "CAT-074");
  auto channel = NewFirewallChange(kCatalog, ffe, "x", "fax", UserId(1), kActivated);
  EXPECT_EQ(channel.error().field, "channel");
  EXPECT_EQ(channel.error().rule, "CAT-075");
  EXPECT_NE(channel.error().message.find("ict-servicedesk@proximus.com"), std::string::npos);
  auto huge =
      NewFirewallChange(kCatalog, ffe, std::string(kMaxChangeDescription + 1, 'x'), "email", UserId(1), kActivated);
  EXPECT_EQ(huge.error().field, "description");
}

// --- The line record ---

TEST(InventoryLineRecord, FirstConfigurationBackupAtActivationWhereApplicable_ORD013_CFG014) {
  EXPECT_EQ(Line("fullfiber-extended").first_config_backup_at, kActivated);
  EXPECT_EQ(Line("internet-pro-plus").first_config_backup_at, kActivated);
  EXPECT_FALSE(Line("internet-pro").first_config_backup_at);  // the formula has no configuration backup
}

TEST(InventoryLineRecord, EssentialFormulasGetNoProximusRouter_ORD017_CAT043) {
  Product essential = Line("internet-pro-plus-essential");
  EXPECT_EQ(RouterSupplyOf(essential), RouterSupply::kClient);
  EXPECT_EQ(Ipv4PlacementOf(essential), Ipv4Placement::kClientRouterInternetSide);  // CAT-049
  Product pro_plus = Line("internet-pro-plus");
  EXPECT_EQ(RouterSupplyOf(pro_plus), RouterSupply::kProximus);
  EXPECT_EQ(Ipv4PlacementOf(pro_plus), Ipv4Placement::kProximusRouterInternetSide);  // ORD-014, CAT-049
  EXPECT_EQ(Ipv4PlacementOf(Line("internet-pro")), Ipv4Placement::kNone);
}

TEST(InventoryLineRecord, CpeOnLoanUntilTermination_CAT045) {
  Product line = Line("internet-pro");
  EXPECT_EQ(CpeCustodyOf(line), CpeCustody::kOnLoan);
  line.status = ProductStatus::kTerminated;
  EXPECT_EQ(CpeCustodyOf(line), CpeCustody::kToBeReturned);
  EXPECT_EQ(ToString(CpeCustody::kToBeReturned), "to-be-returned");
}

TEST(InventoryLineRecord, ContractStartsAtActivation_ORD021_CON007) {
  EXPECT_EQ(Line("internet-pro").contract_start, kActivated);
}

}  // namespace
}  // namespace bizline
