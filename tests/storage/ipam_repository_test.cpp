// IPAM storage contract on SQLite and PostgreSQL: seeding is idempotent and refuses a changed
// or overlapping pool, allocation never hands a block out twice, released blocks rest in
// quarantine before reuse, RIPE-488 requests are kept, listed and resolved once (IP-008), a
// large block is a run of adjacent blocks aligned on its size, chosen blocks are released to
// quarantine by id (IP-006).
#include <set>

#include "app/inventory/ports.h"
#include "app/ipam/ports.h"
#include "app/party/ports.h"
#include "storage_fixture.h"

namespace bizline::testing {
namespace {

using IpamStorage = StorageContract;

AddressPool Pool(std::string id, PoolPurpose purpose, const std::string& range, int block_length) {
  return {std::move(id), purpose, *ParsePrefix(range, "range"), block_length};
}

const Instant kNow = InstantFromEpoch(1'800'000'000);

class IpamFixture : public IpamStorage {
 protected:
  // A customer with a site and `n` products to hang blocks on (the schema wants real products).
  std::vector<ProductId> SampleProducts(Transaction& tx, int n) {
    auto customer = *Customers(tx).Insert(SampleCustomer());
    auto site = *Customers(tx).InsertSite(Site{SiteId(), customer, "HQ", {"Rue 1", "1000", "Brussels", "BE"}});
    std::vector<ProductId> out;
    for (int i = 0; i < n; ++i) {
      Product p;
      p.customer_id = customer;
      p.site_id = site;
      p.order_ref = std::to_string(i);
      p.formula = "internet-pro-plus";
      p.name = "Internet Pro+";
      p.sla_tier = "basic";
      p.contract_start = kNow;
      p.initial_term_months = 10;
      p.initial_term_end = kNow;
      out.push_back(*Products(tx).Insert(p));
    }
    return out;
  }
};

TEST_P(IpamFixture, SeedingCarvesEveryBlockOnceAndIsIdempotent) {
  auto tx = Begin();
  AddressPool pack = Pool("pack8", PoolPurpose::kIpPack, "203.0.113.64/26", 29);
  EXPECT_EQ(*Ipam(*tx).SeedPool(pack), 8);
  EXPECT_EQ(*Ipam(*tx).SeedPool(pack), 0);
  auto blocks = Ipam(*tx).Blocks("pack8");
  ASSERT_TRUE(blocks.ok());
  ASSERT_EQ(blocks->size(), 8u);
  EXPECT_EQ(blocks->front().cidr, "203.0.113.64/29");
  EXPECT_EQ(blocks->back().cidr, "203.0.113.120/29");
  auto pools = Ipam(*tx).Pools();
  ASSERT_TRUE(pools.ok());
  ASSERT_EQ(pools->size(), 1u);
  EXPECT_EQ(pools->front().range, pack.range);
}

TEST_P(IpamFixture, APoolCannotChangeItsRangeUnderItsId) {
  auto tx = Begin();
  ASSERT_TRUE(Ipam(*tx).SeedPool(Pool("v4", PoolPurpose::kFixedIpv4, "198.51.100.0/28", 32)).ok());
  auto changed = Ipam(*tx).SeedPool(Pool("v4", PoolPurpose::kFixedIpv4, "198.51.100.0/27", 32));
  ASSERT_FALSE(changed.ok());
  EXPECT_EQ(changed.error().code, ErrorCode::kFailedPrecondition);
}

TEST_P(IpamFixture, AnOverlappingPoolIsRefusedByTheSchema) {
  auto tx = Begin();
  ASSERT_TRUE(Ipam(*tx).SeedPool(Pool("a", PoolPurpose::kFixedIpv4, "198.51.100.0/28", 32)).ok());
  auto overlap = Ipam(*tx).SeedPool(Pool("b", PoolPurpose::kFixedIpv4, "198.51.100.8/29", 32));
  ASSERT_FALSE(overlap.ok());
  EXPECT_NE(overlap.error().message.find("another pool"), std::string::npos);
}

TEST_P(IpamFixture, AllocationHandsOutEachBlockOnceThenReportsExhaustion) {
  auto tx = Begin();
  ASSERT_TRUE(Ipam(*tx).SeedPool(Pool("v4", PoolPurpose::kFixedIpv4, "198.51.100.0/30", 32)).ok());
  auto products = SampleProducts(*tx, 5);
  std::set<std::string> seen;
  for (int i = 0; i < 4; ++i) {
    auto block = Ipam(*tx).Allocate("v4", products[i], kNow);
    ASSERT_TRUE(block.ok()) << block.error().message;
    EXPECT_TRUE(seen.insert(block->cidr).second) << block->cidr;
  }
  auto none = Ipam(*tx).Allocate("v4", products[4], kNow);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::kFailedPrecondition);
  auto held = Ipam(*tx).BlocksOf(products[2]);
  ASSERT_EQ(held->size(), 1u);
  EXPECT_EQ(held->front().state, BlockState::kAllocated);
  EXPECT_EQ(held->front().product, products[2]);
}

TEST_P(IpamFixture, ReleasedBlocksWaitOutTheQuarantineBeforeReuse) {
  auto tx = Begin();
  ASSERT_TRUE(Ipam(*tx).SeedPool(Pool("v4", PoolPurpose::kFixedIpv4, "198.51.100.0/32", 32)).ok());
  auto products = SampleProducts(*tx, 2);
  auto first = Ipam(*tx).Allocate("v4", products[0], kNow);
  ASSERT_TRUE(first.ok());
  Instant reusable = kNow + std::chrono::days(30);
  EXPECT_EQ(*Ipam(*tx).Release(products[0], kNow, reusable), 1);
  auto block = Ipam(*tx).Blocks("v4")->front();
  EXPECT_EQ(block.state, BlockState::kQuarantined);
  EXPECT_EQ(block.reusable_at, reusable);
  EXPECT_FALSE(Ipam(*tx).Allocate("v4", products[1], reusable - Seconds(1)).ok());  // still quarantined
  auto again = Ipam(*tx).Allocate("v4", products[1], reusable);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->cidr, first->cidr);
  EXPECT_TRUE(Ipam(*tx).BlocksOf(products[0])->empty());
}

TEST_P(IpamFixture, Ipv6BlocksKeepTheirCanonicalText) {
  auto tx = Begin();
  ASSERT_TRUE(Ipam(*tx).SeedPool(Pool("v6", PoolPurpose::kIpv6Prefix, "2001:db8:4000::/48", 56)).ok());
  auto blocks = Ipam(*tx).Blocks("v6");
  ASSERT_EQ(blocks->size(), 256u);
  EXPECT_EQ(blocks->at(1).cidr, "2001:db8:4000:100::/56");
}

TEST_P(IpamFixture, RipeRequestsAreRecorded_IP008) {
  auto tx = Begin();
  auto products = SampleProducts(*tx, 1);
  auto product = Products(*tx).Get(products[0]);
  ASSERT_TRUE(product.ok()) << product.error().message;
  auto customer = product->customer_id;
  ASSERT_TRUE(
      Ipam(*tx).InsertRipeRequest({0, products[0], customer, 64, RipeStatus::kPending, kNow, {}, {}, "", ""}).ok());
  auto requests = Ipam(*tx).RipeRequestsOf(products[0]);
  ASSERT_EQ(requests->size(), 1u);
  EXPECT_EQ(requests->front().block_size, 64);
  EXPECT_EQ(requests->front().status, RipeStatus::kPending);
}

TEST_P(IpamFixture, RipeRequestsAreListedByStatusAndTenantAndResolvedOnce_IP008) {
  auto tx = Begin();
  auto mine = SampleProducts(*tx, 3);
  std::vector<ProductId> theirs{mine[2]};  // the request names its own customer
  CustomerId me = Products(*tx).Get(mine[0])->customer_id;
  CustomerId them = *Customers(*tx).Insert(SampleCustomer("Other", "0202.239.951"));
  auto a = *Ipam(*tx).InsertRipeRequest({0, mine[0], me, 64, RipeStatus::kPending, kNow, {}, {}, "", ""});
  ASSERT_TRUE(Ipam(*tx).InsertRipeRequest({0, mine[1], me, 128, RipeStatus::kPending, kNow, {}, {}, "", ""}).ok());
  ASSERT_TRUE(Ipam(*tx).InsertRipeRequest({0, theirs[0], them, 64, RipeStatus::kPending, kNow, {}, {}, "", ""}).ok());
  RipeFilter pending;
  pending.status = RipeStatus::kPending;
  EXPECT_EQ(Ipam(*tx).ListRipeRequests(pending, {})->total, 3);
  RipeFilter only_me = pending;
  only_me.only = me;
  EXPECT_EQ(Ipam(*tx).ListRipeRequests(only_me, {})->total, 2);

  RipeRequest approved = *Ipam(*tx).GetRipeRequest(a);
  approved.status = RipeStatus::kApproved;
  approved.resolved_at = kNow + std::chrono::hours(2);
  approved.resolved_by = UserId(1);
  approved.allocated_block = "192.0.2.0/26";
  ASSERT_TRUE(Ipam(*tx).ResolveRipeRequest(approved).ok());
  auto got = *Ipam(*tx).GetRipeRequest(a);
  EXPECT_EQ(got.status, RipeStatus::kApproved);
  EXPECT_EQ(got.allocated_block, "192.0.2.0/26");
  EXPECT_EQ(got.resolved_at, kNow + std::chrono::hours(2));
  EXPECT_EQ(got.resolved_by, UserId(1));
  EXPECT_EQ(Ipam(*tx).ListRipeRequests(only_me, {})->total, 1);
  approved.status = RipeStatus::kRejected;
  approved.rejection_reason = "late";
  auto twice = Ipam(*tx).ResolveRipeRequest(approved);  // no longer pending
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Ipam(*tx).GetRipeRequest(99999).error().code, ErrorCode::kNotFound);
}

TEST_P(IpamFixture, AnAlignedRunOfBlocksMakesOneLargeBlock_IP008) {
  auto tx = Begin();
  auto products = SampleProducts(*tx, 3);
  ASSERT_TRUE(Ipam(*tx).SeedPool(Pool("pack32", PoolPurpose::kIpPack, "192.0.2.0/24", 27)).ok());
  // .0/27 taken first: the /25 must start on .128, the next /26 on .64.
  ASSERT_EQ(Ipam(*tx).Allocate("pack32", products[0], kNow)->cidr, "192.0.2.0/27");
  auto big = Ipam(*tx).AllocateAligned("pack32", 4, products[1], kNow);
  ASSERT_TRUE(big.ok()) << big.error().message;
  ASSERT_EQ(big->size(), 4u);
  EXPECT_EQ(big->front().cidr, "192.0.2.128/27");
  EXPECT_EQ(big->back().cidr, "192.0.2.224/27");
  auto pair = Ipam(*tx).AllocateAligned("pack32", 2, products[2], kNow);
  ASSERT_TRUE(pair.ok());
  EXPECT_EQ(pair->front().cidr, "192.0.2.64/27");
  auto none = Ipam(*tx).AllocateAligned("pack32", 2, products[2], kNow);  // only .32 is left
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Ipam(*tx).BlocksOf(products[1])->size(), 4u);
}

TEST_P(IpamFixture, ChosenBlocksGoToQuarantine_IP006) {
  auto tx = Begin();
  auto products = SampleProducts(*tx, 2);
  ASSERT_TRUE(Ipam(*tx).SeedPool(Pool("v4", PoolPurpose::kFixedIpv4, "198.51.100.0/29", 32)).ok());
  auto old_block = *Ipam(*tx).Allocate("v4", products[0], kNow);
  auto new_block = *Ipam(*tx).Allocate("v4", products[0], kNow);
  EXPECT_NE(old_block.cidr, new_block.cidr);
  Instant reusable = kNow + std::chrono::days(30);
  ASSERT_TRUE(Ipam(*tx).ReleaseBlocks(products[0], {old_block.id}, kNow, reusable).ok());
  auto held = *Ipam(*tx).BlocksOf(products[0]);
  ASSERT_EQ(held.size(), 1u);
  EXPECT_EQ(held[0].cidr, new_block.cidr);
  auto blocks = *Ipam(*tx).Blocks("v4");
  EXPECT_EQ(blocks[0].state, BlockState::kQuarantined);
  EXPECT_EQ(blocks[0].reusable_at, reusable);
  // Someone else's block is not released through this product.
  auto foreign = *Ipam(*tx).Allocate("v4", products[1], kNow);
  auto refused = Ipam(*tx).ReleaseBlocks(products[0], {foreign.id}, kNow, reusable);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, IpamFixture, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
