// Product inventory storage contract on SQLite and PostgreSQL: a line round-trips with every
// recorded attribute, lists filter and page, the tenant filter holds, termination is once and
// records the CPE's return (CAT-045), an option change rewrites the line, firewall change
// requests are kept (CAT-072..CAT-076), the first configuration backup (ORD-013, CFG-014).
#include "app/inventory/ports.h"
#include "app/party/ports.h"
#include "storage_fixture.h"

namespace bizline::testing {
namespace {

using ProductStorage = StorageContract;

const Instant kNow = InstantFromEpoch(1'800'000'000);

Product SampleLine(CustomerId customer, SiteId site, std::string formula) {
  Product p;
  p.customer_id = customer;
  p.site_id = site;
  p.order_ref = "42";
  p.formula = std::move(formula);
  p.name = "FullFiber Extended";
  p.options = {"ip-pack", "mobile-backup"};
  p.speed = Speed{500, 100};
  p.cpe = {CpeType::kRouter, "RTR-42"};
  p.wifi = WifiState::kOff;
  p.open_ports = {{25, "tcp", "MAIL"}, {443, "tcp", "WEB"}};
  p.reserved_ports = {23};
  p.mailboxes = {10, 50};
  p.managed_firewall = ComponentState::kIncluded;
  p.mobile_backup = ComponentState::kIncluded;
  p.sla_tier = "premium";
  p.addressing = {AddressMode::kFixed, "198.51.100.7",           AddressMode::kFixed,        "2001:db8:4000:100::/56",
                  "203.0.113.64/29",   "2001:db8:4000:180::/57", "2001:db8:4000:180::10/64", 0};
  p.contract_start = kNow;
  p.initial_term_months = 10;
  p.initial_term_end = kNow + std::chrono::days(304);
  return p;
}

class ProductFixture : public ProductStorage {
 protected:
  std::pair<CustomerId, SiteId> Customer(Transaction& tx, const std::string& number) {
    auto customer = *Customers(tx).Insert(SampleCustomer("C " + number, number));
    auto site = *Customers(tx).InsertSite(Site{SiteId(), customer, "HQ", {"Rue 1", "1000", "Brussels", "BE"}});
    return {customer, site};
  }
};

TEST_P(ProductFixture, ALineRoundTripsWithEverythingItRecords) {
  auto tx = Begin();
  auto [customer, site] = Customer(*tx, "0403.170.701");
  Product line = SampleLine(customer, site, "fullfiber-extended");
  auto id = Products(*tx).Insert(line);
  ASSERT_TRUE(id.ok()) << id.error().message;
  ASSERT_TRUE(tx->Commit().ok());
  auto got = Products(*Begin(TxMode::kRead)).Get(*id);
  ASSERT_TRUE(got.ok());
  line.id = *id;
  EXPECT_EQ(got->options, line.options);
  EXPECT_EQ(got->speed->down_mbps, 500);
  EXPECT_EQ(got->cpe.serial, "RTR-42");
  EXPECT_EQ(got->wifi, WifiState::kOff);
  ASSERT_EQ(got->open_ports.size(), 2u);
  EXPECT_EQ(got->open_ports[1].port, 443);
  EXPECT_EQ(got->open_ports[1].service, "WEB");
  EXPECT_EQ(got->reserved_ports, std::vector<int>{23});  // CFG-034
  EXPECT_EQ(got->mailboxes.count, 10);
  EXPECT_EQ(got->managed_firewall, ComponentState::kIncluded);
  EXPECT_EQ(got->mobile_backup, ComponentState::kIncluded);
  EXPECT_EQ(got->sla_tier, "premium");
  EXPECT_EQ(got->addressing.ip_pack_ipv6_gateway, "2001:db8:4000:180::10/64");
  EXPECT_EQ(got->contract_start, kNow);                     // CON-007
  EXPECT_EQ(got->initial_term_end, line.initial_term_end);  // CON-008
  EXPECT_FALSE(got->terminated_at.has_value());
}

TEST_P(ProductFixture, AbsentSpeedStaysAbsent) {
  auto tx = Begin();
  auto [customer, site] = Customer(*tx, "0403.170.701");
  Product line = SampleLine(customer, site, "business-internet-copper");
  line.speed.reset();
  auto id = *Products(*tx).Insert(line);
  EXPECT_FALSE(Products(*tx).Get(id)->speed.has_value());
}

TEST_P(ProductFixture, ListsFilterPageAndKeepTenantsApart) {
  auto tx = Begin();
  auto [acme, acme_site] = Customer(*tx, "0403.170.701");
  auto [globex, globex_site] = Customer(*tx, "0202.239.951");
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(Products(*tx).Insert(SampleLine(acme, acme_site, "fullfiber")).ok());
  ASSERT_TRUE(Products(*tx).Insert(SampleLine(globex, globex_site, "internet-pro")).ok());
  ProductFilter only_acme;
  only_acme.only = acme;
  auto page = Products(*tx).List(only_acme, {1, 1});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 3);
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].customer_id, acme);
  ProductFilter crossed = only_acme;
  crossed.customer = globex;  // a representative asking for another tenant gets nothing
  EXPECT_EQ(Products(*tx).List(crossed, {})->total, 0);
  ProductFilter by_formula;
  by_formula.formula = "internet-pro";
  EXPECT_EQ(Products(*tx).List(by_formula, {})->total, 1);
}

TEST_P(ProductFixture, TerminationHappensOnce) {
  auto tx = Begin();
  auto [customer, site] = Customer(*tx, "0403.170.701");
  auto id = *Products(*tx).Insert(SampleLine(customer, site, "fullfiber"));
  ASSERT_TRUE(Products(*tx).MarkTerminated(id, kNow + std::chrono::days(400), kNow + std::chrono::days(430)).ok());
  auto got = Products(*tx).Get(id);
  EXPECT_EQ(got->status, ProductStatus::kTerminated);
  EXPECT_EQ(got->terminated_at, kNow + std::chrono::days(400));
  EXPECT_EQ(got->cpe_return_due, kNow + std::chrono::days(430));  // CAT-045
  auto twice = Products(*tx).MarkTerminated(id, kNow + std::chrono::days(401), kNow + std::chrono::days(431));
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kFailedPrecondition);
  ProductFilter active;
  active.status = ProductStatus::kActive;
  EXPECT_EQ(Products(*tx).List(active, {})->total, 0);
}

TEST_P(ProductFixture, ALineIsFoundByItsUniqueRadiusUserName) {
  auto tx = Begin();
  auto [customer, site] = Customer(*tx, "0403.170.701");
  Product named = SampleLine(customer, site, "internet-essential");
  named.radius_user_name = "acme-hq@isp";
  auto first = *Products(*tx).Insert(named);
  auto second = *Products(*tx).Insert(SampleLine(customer, site, "fullfiber"));  // no name yet: NULL
  auto third = *Products(*tx).Insert(SampleLine(customer, site, "fullfiber"));   // many NULLs are fine
  EXPECT_EQ(Products(*tx).FindByRadiusUserName("acme-hq@isp")->id, first);
  EXPECT_EQ(Products(*tx).Get(first)->radius_user_name, "acme-hq@isp");
  EXPECT_EQ(Products(*tx).FindByRadiusUserName("nobody").error().code, ErrorCode::kNotFound);
  ASSERT_TRUE(Products(*tx).SetRadiusUserName(second, DefaultRadiusUserName(second)).ok());
  EXPECT_EQ(Products(*tx).FindByRadiusUserName(DefaultRadiusUserName(second))->id, second);
  EXPECT_TRUE(Products(*tx).Get(third)->radius_user_name.empty());
  EXPECT_EQ(Products(*tx).SetRadiusUserName(third, "acme-hq@isp").error().code, ErrorCode::kAlreadyExists);
}

TEST_P(ProductFixture, TheFirstConfigurationBackupRoundTrips_ORD013_CFG014) {
  auto tx = Begin();
  auto [customer, site] = Customer(*tx, "0403.170.701");
  Product with = SampleLine(customer, site, "fullfiber-extended");
  with.first_config_backup_at = kNow;
  auto backed = *Products(*tx).Insert(with);
  auto plain = *Products(*tx).Insert(SampleLine(customer, site, "internet-pro"));
  EXPECT_EQ(Products(*tx).Get(backed)->first_config_backup_at, kNow);
  EXPECT_FALSE(Products(*tx).Get(plain)->first_config_backup_at.has_value());
  EXPECT_FALSE(Products(*tx).Get(plain)->cpe_return_due.has_value());
}

TEST_P(ProductFixture, UpdateLineRewritesWhatAnOptionChanges_ORD041) {
  auto tx = Begin();
  auto [customer, site] = Customer(*tx, "0403.170.701");
  Product line = SampleLine(customer, site, "fullfiber-extended");
  line.id = *Products(*tx).Insert(line);
  line.options.push_back("fiber-up");
  line.speed = Speed{1000, 500};
  line.wifi = WifiState::kNotAvailable;
  line.mobile_backup = ComponentState::kNotIncluded;
  line.sla_tier = "medium";
  line.addressing.ripe_pending_block_size = 64;
  ASSERT_TRUE(Products(*tx).UpdateLine(line).ok());
  auto got = *Products(*tx).Get(line.id);
  EXPECT_EQ(got.options, line.options);
  EXPECT_EQ(got.speed->down_mbps, 1000);
  EXPECT_EQ(got.wifi, WifiState::kNotAvailable);
  EXPECT_EQ(got.mobile_backup, ComponentState::kNotIncluded);
  EXPECT_EQ(got.sla_tier, "medium");
  EXPECT_EQ(got.addressing.ripe_pending_block_size, 64);
  ASSERT_TRUE(Products(*tx).MarkTerminated(line.id, kNow, kNow).ok());
  auto closed = Products(*tx).UpdateLine(line);  // a terminated line is not changed
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().code, ErrorCode::kFailedPrecondition);
}

TEST_P(ProductFixture, FirewallChangeRequestsAreKeptPerLine_CAT075_CAT076) {
  auto tx = Begin();
  auto [customer, site] = Customer(*tx, "0403.170.701");
  auto id = *Products(*tx).Insert(SampleLine(customer, site, "fullfiber-extended"));
  auto other = *Products(*tx).Insert(SampleLine(customer, site, "fullfiber-extended"));
  FirewallChangeRequest free_one{
      0,  id,          customer, "open 8443/tcp", FirewallChangeChannel::kEmail, UserId(), kNow, ChangeCharge::kFree,
      "", std::nullopt};
  FirewallChangeRequest paid{0,
                             id,
                             customer,
                             "close 21/tcp",
                             FirewallChangeChannel::kMyProximus,
                             UserId(),
                             kNow,
                             ChangeCharge::kChargeable,
                             "managed-firewall-change",
                             Cents(7500)};
  ASSERT_TRUE(Products(*tx).InsertFirewallChange(free_one).ok());
  auto paid_id = Products(*tx).InsertFirewallChange(paid);
  ASSERT_TRUE(paid_id.ok()) << paid_id.error().message;
  auto got = *Products(*tx).FirewallChangesOf(id);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].description, "open 8443/tcp");
  EXPECT_EQ(got[0].charge, ChangeCharge::kFree);
  EXPECT_FALSE(got[0].amount.has_value());
  EXPECT_EQ(got[1].id, *paid_id);
  EXPECT_EQ(got[1].channel, FirewallChangeChannel::kMyProximus);
  EXPECT_EQ(got[1].charge, ChangeCharge::kChargeable);
  EXPECT_EQ(got[1].price_item, "managed-firewall-change");
  EXPECT_EQ(got[1].amount, Cents(7500));
  EXPECT_EQ(got[1].created_at, kNow);
  EXPECT_TRUE(Products(*tx).FirewallChangesOf(other)->empty());
}

TEST_P(ProductFixture, MissingProductIsNotFound) {
  auto got = Products(*Begin(TxMode::kRead)).Get(ProductId(999));
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.error().code, ErrorCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProductFixture, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
