// ProvisionLine and TerminateLine on both backends: the active line with its addresses (T-09,
// CAT-047, CAT-048, CAT-056..CAT-060), the RIPE-488 path (IP-008), quarantine before reuse, the
// activation notice, the contract start (CON-007), and the tenant boundary of ProductService.
#include "app/inventory/ports.h"
#include "app/ipam/ports.h"
#include "app/notification/ports.h"
#include "provisioning_fixture.h"

namespace bizline::testing {
namespace {

OrderOption IpPack(std::int64_t size) { return {"ip-pack", {{"ipv4BlockSize", size}}}; }

TEST_P(ProvisioningTest, ProPlusGetsFixedIpv4AndASlash56_CAT047_CAT048) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = Provision(Spec(customer, site, "internet-pro-plus"), kActivated);
  ASSERT_TRUE(id.ok()) << id.error().message;
  Product p = Get(*id);
  EXPECT_EQ(p.status, ProductStatus::kActive);
  EXPECT_EQ(p.addressing.ipv4_address, "198.51.100.0");
  EXPECT_EQ(p.addressing.ipv6_prefix, "2001:db8:4000::/56");
  EXPECT_EQ(p.contract_start, kActivated);  // CON-007
  EXPECT_TRUE(p.addressing.ip_pack_ipv4_block.empty());
}

TEST_P(ProvisioningTest, DynamicFormulasTakeNoAddress_CAT053) {
  auto [customer, site] = NewCustomer("0403.170.701");
  Product p = Get(*Provision(Spec(customer, site, "internet-pro"), kActivated));
  EXPECT_EQ(p.addressing.ipv4_mode, AddressMode::kDynamic);
  EXPECT_TRUE(p.addressing.ipv4_address.empty());
  EXPECT_TRUE(p.addressing.ipv6_prefix.empty());
  auto tx = Tx(TxMode::kRead);
  EXPECT_TRUE(Ipam(*tx).BlocksOf(p.id)->empty());
}

TEST_P(ProvisioningTest, IpPackGetsAnAlignedBlockAndTheRoutedSecondSlash57_CAT057_CAT059_CAT060) {
  auto [customer, site] = NewCustomer("0403.170.701");
  ASSERT_TRUE(Provision(Spec(customer, site, "fullfiber-extended", {IpPack(4)}), kActivated).ok());
  auto id = Provision(Spec(customer, site, "fullfiber-extended", {IpPack(8)}), kActivated);
  ASSERT_TRUE(id.ok()) << id.error().message;
  Product p = Get(*id);
  EXPECT_EQ(p.addressing.ip_pack_ipv4_block, "203.0.113.64/29");
  EXPECT_EQ(p.addressing.ipv6_prefix, "2001:db8:4000:100::/56");
  EXPECT_EQ(p.addressing.ip_pack_ipv6_prefix, "2001:db8:4000:180::/57");
  EXPECT_EQ(p.addressing.ip_pack_ipv6_gateway, "2001:db8:4000:180::10/64");
  auto tx = Tx(TxMode::kRead);
  EXPECT_EQ(Ipam(*tx).BlocksOf(*id)->size(), 3u);  // /32, /56, /29
}

TEST_P(ProvisioningTest, IpPackAboveSlash27RecordsARipe488RequestInstead_IP008) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = Provision(Spec(customer, site, "fullfiber-extended", {IpPack(128)}), kActivated);
  ASSERT_TRUE(id.ok()) << id.error().message;
  Product p = Get(*id);
  EXPECT_TRUE(p.addressing.ip_pack_ipv4_block.empty());
  EXPECT_EQ(p.addressing.ripe_pending_block_size, 128);
  auto tx = Tx(TxMode::kRead);
  auto requests = Ipam(*tx).RipeRequestsOf(*id);
  ASSERT_EQ(requests->size(), 1u);
  EXPECT_EQ(requests->front().block_size, 128);
  EXPECT_EQ(Ipam(*tx).BlocksOf(*id)->size(), 2u);  // the line's own /32 and /56 only
}

TEST_P(ProvisioningTest, ActivationNoticeGoesToTheRepresentatives) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "internet-pro-plus"), kActivated);
  auto tx = Tx(TxMode::kRead);
  auto notes = Notifications(*tx).ListForCustomer(customer, {});
  ASSERT_EQ(notes->total, 1);
  const Notification& n = notes->items[0];
  EXPECT_EQ(n.kind, "product.activated");  // ORD-020: the written activation notice
  EXPECT_EQ(n.reference, "product/" + std::to_string(id.value()));
  EXPECT_EQ(n.recipients, std::vector<std::string>{"ann@0403.170.701.example"});
  EXPECT_NE(n.body.find("2027-01-15"), std::string::npos);  // CON-007: the activation date
  EXPECT_NE(n.body.find("198.51.100.0"), std::string::npos);
}

TEST_P(ProvisioningTest, TerminatedAddressesRestInQuarantineBeforeReuse) {
  // Pools of one block each: a released block is the only candidate once its quarantine ends.
  ipam_.pools = {TestPool("one-v4", PoolPurpose::kFixedIpv4, "10.0.0.1/32", 32),
                 TestPool("one-v6", PoolPurpose::kIpv6Prefix, "2001:db8:5000::/56", 56)};
  auto seeded = provisioning_->SeedPools(*storage_);
  ASSERT_TRUE(seeded.ok()) << seeded.error().message;
  auto [customer, site] = NewCustomer("0403.170.701");
  auto first = *Provision(Spec(customer, site, "internet-pro-plus"), kActivated);
  EXPECT_EQ(Get(first).addressing.ipv4_address, "10.0.0.1");
  Instant ended = kActivated + std::chrono::days(400);
  ASSERT_TRUE(Terminate(first, ended).ok());
  EXPECT_EQ(Get(first).status, ProductStatus::kTerminated);
  EXPECT_FALSE(Terminate(first, ended).ok());  // once

  // Within the 30-day quarantine the address cannot be handed out; from its end it can.
  auto during = Provision(Spec(customer, site, "internet-pro-plus"), ended + std::chrono::days(29));
  ASSERT_FALSE(during.ok());
  EXPECT_EQ(during.error().code, ErrorCode::kFailedPrecondition);
  auto after = Provision(Spec(customer, site, "internet-pro-plus"), ended + std::chrono::days(30));
  ASSERT_TRUE(after.ok()) << after.error().message;
  EXPECT_EQ(Get(*after).addressing.ipv4_address, "10.0.0.1");
  EXPECT_EQ(Get(*after).addressing.ipv6_prefix, "2001:db8:5000::/56");
}

TEST_P(ProvisioningTest, FreshAddressesGoOutBeforeReleasedOnes) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto first = *Provision(Spec(customer, site, "internet-pro-plus"), kActivated);
  ASSERT_TRUE(Terminate(first, kActivated).ok());
  auto later = *Provision(Spec(customer, site, "internet-pro-plus"), kActivated + std::chrono::days(90));
  EXPECT_EQ(Get(later).addressing.ipv4_address, "198.51.100.1");  // .0 rests longer
}

TEST_P(ProvisioningTest, ASiteOfAnotherCustomerIsRefused) {
  auto [acme, acme_site] = NewCustomer("0403.170.701");
  auto [globex, globex_site] = NewCustomer("0202.239.951");
  auto id = Provision(Spec(acme, globex_site, "internet-pro"), kActivated);
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().field, "site");
}

TEST_P(ProvisioningTest, AnExhaustedPoolFailsAndWritesNothing) {
  // A new one-address pool: a seeded pool keeps its range under its id.
  ipam_.pools = {TestPool("tiny", PoolPurpose::kFixedIpv4, "10.0.0.1/32", 32),
                 TestPool("v6", PoolPurpose::kIpv6Prefix, "2001:db8:4000::/48", 56)};
  auto seeded = provisioning_->SeedPools(*storage_);
  ASSERT_TRUE(seeded.ok()) << seeded.error().message;
  auto [customer, site] = NewCustomer("0403.170.701");
  ASSERT_TRUE(Provision(Spec(customer, site, "internet-pro-plus"), kActivated).ok());
  auto second = Provision(Spec(customer, site, "internet-pro-plus"), kActivated);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::kFailedPrecondition);
  auto tx = Tx(TxMode::kRead);
  EXPECT_EQ(Products(*tx).List({}, {})->total, 1);  // rolled back with its transaction
  EXPECT_EQ(Notifications(*tx).ListForCustomer(customer, {})->total, 1);
}

TEST_P(ProvisioningTest, SeedingRefusesAPoolThatOverlapsAStoredOne) {
  ipam_.pools = {TestPool("other", PoolPurpose::kFixedIpv4, "198.51.100.128/25", 32)};
  auto seeded = provisioning_->SeedPools(*storage_);
  ASSERT_FALSE(seeded.ok());
  EXPECT_NE(seeded.error().message.find("overlaps the stored pool 'v4'"), std::string::npos);
}

TEST_P(ProvisioningTest, RepresentativesSeeOnlyTheirOwnProducts) {
  auto [acme, acme_site] = NewCustomer("0403.170.701");
  auto [globex, globex_site] = NewCustomer("0202.239.951");
  auto acme_line = *Provision(Spec(acme, acme_site, "internet-pro"), kActivated);
  auto globex_line = *Provision(Spec(globex, globex_site, "internet-pro"), kActivated);
  ProductService products(*storage_, *provisioning_, clock_);
  Principal acme_rep{UserId(9), Role::kCustomerRep, acme};
  EXPECT_TRUE(products.Get(acme_rep, acme_line).ok());
  auto other = products.Get(acme_rep, globex_line);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kNotFound);
  auto listed = products.List(acme_rep, {}, {});
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 1);
  Principal agent{UserId(1), Role::kAgentL1, CustomerId()};
  EXPECT_EQ(products.List(agent, {}, {})->total, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, ProvisioningTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         BackendParamName);

}  // namespace
}  // namespace bizline::testing
