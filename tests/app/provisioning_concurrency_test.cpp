// Many activations at once never hand out an address twice: on PostgreSQL concurrent
// transactions take different blocks (FOR UPDATE SKIP LOCKED) and the schema refuses a second
// live holder; on SQLite writers queue. Afterwards every allocated block is disjoint from every
// other, and each line's recorded addresses are exactly the blocks it holds. The same holds
// when lines are renumbered (IP-006) while others are activated.
#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

#include "app/ipam/ports.h"
#include "provisioning_fixture.h"

namespace bizline::testing {
namespace {

constexpr int kThreads = 12;
constexpr int kPerThread = 10;

IpamConfig RoomyIpam() {
  return {{TestPool("v4", PoolPurpose::kFixedIpv4, "198.51.100.0/24", 32),
           TestPool("v6", PoolPurpose::kIpv6Prefix, "2001:db8:4000::/48", 56),
           TestPool("pack4", PoolPurpose::kIpPack, "10.1.0.0/24", 30),
           TestPool("pack8", PoolPurpose::kIpPack, "10.2.0.0/24", 29),
           TestPool("pack16", PoolPurpose::kIpPack, "10.3.0.0/24", 28),
           TestPool("pack32", PoolPurpose::kIpPack, "10.4.0.0/22", 27)},
          std::chrono::days(30)};
}

class ConcurrentProvisioning : public ProvisioningTest {
 protected:
  ConcurrentProvisioning() { ipam_ = RoomyIpam(); }

  // Every block of every pool in state allocated, with its holder.
  std::vector<IpBlock> AllocatedBlocks() {
    std::vector<IpBlock> out;
    auto tx = Tx(TxMode::kRead);
    for (const AddressPool& pool : ipam_.pools) {
      auto pool_blocks = Ipam(*tx).Blocks(pool.id);
      EXPECT_TRUE(pool_blocks.ok());
      if (!pool_blocks) continue;
      for (const IpBlock& b : *pool_blocks) {
        if (b.state == BlockState::kAllocated) out.push_back(b);
      }
    }
    return out;
  }

  static void ExpectDisjoint(const std::vector<IpBlock>& blocks) {
    std::vector<IpPrefix> prefixes;
    for (const IpBlock& b : blocks) prefixes.push_back(*ParsePrefix(b.cidr, "cidr"));
    std::sort(prefixes.begin(), prefixes.end(), [](const IpPrefix& a, const IpPrefix& b) {
      return std::tie(a.family, a.base) < std::tie(b.family, b.base);
    });
    for (std::size_t i = 1; i < prefixes.size(); ++i) {
      EXPECT_FALSE(Overlaps(prefixes[i - 1], prefixes[i]))
          << FormatPrefix(prefixes[i - 1]) << " and " << FormatPrefix(prefixes[i]) << " overlap";
    }
  }
};

TEST_P(ConcurrentProvisioning, ManyActivationsAtOnceNeverShareAnAddress) {
  auto [customer, site] = NewCustomer("0403.170.701");
  const std::int64_t sizes[] = {0, 0, 0, 0, 4, 8, 16, 32};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  std::vector<std::vector<ProductId>> made(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        std::int64_t size = sizes[(t * kPerThread + i) % 8];
        std::vector<OrderOption> options;
        if (size > 0) options.push_back({"ip-pack", {{"ipv4BlockSize", size}}});
        auto id = Provision(Spec(customer, site, "fullfiber-extended", options), kActivated);
        if (!id) {
          ++failures;
          ADD_FAILURE() << id.error().message;
          continue;
        }
        made[t].push_back(*id);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  ASSERT_EQ(failures.load(), 0);

  std::vector<IpBlock> blocks = AllocatedBlocks();
  const int lines = kThreads * kPerThread;
  const int packs = lines / 2;  // half of the lines ordered an IP Pack
  EXPECT_EQ(static_cast<int>(blocks.size()), 2 * lines + packs);
  ExpectDisjoint(blocks);

  // Each line's recorded addresses are exactly the blocks it holds.
  std::map<std::int64_t, std::vector<std::string>> held;
  for (const IpBlock& b : blocks) held[b.product.value()].push_back(b.cidr);
  for (const auto& ids : made) {
    for (ProductId id : ids) {
      Product p = Get(id);
      std::vector<std::string> expected{p.addressing.ipv4_address + "/32", p.addressing.ipv6_prefix};
      if (!p.addressing.ip_pack_ipv4_block.empty()) expected.push_back(p.addressing.ip_pack_ipv4_block);
      std::vector<std::string> got = held[id.value()];
      std::sort(expected.begin(), expected.end());
      std::sort(got.begin(), got.end());
      EXPECT_EQ(got, expected) << "product " << id.value();
    }
  }
}

TEST_P(ConcurrentProvisioning, RenumberingWhileActivatingNeverSharesAnAddress_IP006) {
  auto [customer, site] = NewCustomer("0403.170.701");
  constexpr int kLines = 12;  // pack4 holds 64 /30: 30 live lines and 24 renumbered blocks fit
  std::vector<ProductId> lines;
  for (int i = 0; i < kLines; ++i) {
    auto id = Provision(Spec(customer, site, "fullfiber-extended", {{"ip-pack", {{"ipv4BlockSize", std::int64_t{4}}}}}),
                        kActivated);
    ASSERT_TRUE(id.ok()) << id.error().message;
    lines.push_back(*id);
  }
  clock_.Set(kActivated + std::chrono::days(1));
  ProductService products(*storage_, *provisioning_, clock_);
  const Principal desk{UserId(1), Role::kProvisioning, CustomerId()};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  std::vector<std::vector<ProductId>> made(kThreads / 2);
  for (int t = 0; t < kThreads / 2; ++t) {
    // Half the threads renumber lines (each its own share, twice), half activate new ones.
    threads.emplace_back([&, t] {
      for (int round = 0; round < 2; ++round) {
        for (int i = t; i < kLines; i += kThreads / 2) {
          auto r = products.Renumber(desk, lines[i], {RenumberTarget::kFixedIpv4, RenumberTarget::kIpPack});
          if (!r) {
            ++failures;
            ADD_FAILURE() << r.error().message;
          }
        }
      }
    });
    threads.emplace_back([&, t] {
      for (int i = 0; i < 4; ++i) {
        auto id =
            Provision(Spec(customer, site, "fullfiber-extended", {{"ip-pack", {{"ipv4BlockSize", std::int64_t{4}}}}}),
                      clock_.Now());
        if (!id) {
          ++failures;
          ADD_FAILURE() << id.error().message;
          continue;
        }
        made[t].push_back(*id);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  ASSERT_EQ(failures.load(), 0);
  for (const auto& ids : made) lines.insert(lines.end(), ids.begin(), ids.end());

  std::vector<IpBlock> blocks = AllocatedBlocks();
  EXPECT_EQ(blocks.size(), 3 * lines.size());  // /32, /56 and /30 per line, nothing more
  ExpectDisjoint(blocks);
  std::map<std::int64_t, std::vector<std::string>> held;
  for (const IpBlock& b : blocks) held[b.product.value()].push_back(b.cidr);
  for (ProductId id : lines) {
    Product p = Get(id);
    std::vector<std::string> expected{p.addressing.ipv4_address + "/32", p.addressing.ipv6_prefix,
                                      p.addressing.ip_pack_ipv4_block};
    std::vector<std::string> got = held[id.value()];
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    EXPECT_EQ(got, expected) << "product " << id.value();
  }
}

TEST_P(ConcurrentProvisioning, ConcurrentChangesOfOneLineTakeTurns_IP006) {
  auto [customer, site] = NewCustomer("0403.170.701");
  ProductId line = *Provision(Spec(customer, site, "fullfiber-extended"), kActivated);
  clock_.Set(kActivated + std::chrono::days(1));
  ProductService products(*storage_, *provisioning_, clock_);
  const Principal desk{UserId(1), Role::kProvisioning, CustomerId()};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      auto r = products.Renumber(desk, line, {RenumberTarget::kFixedIpv4});
      if (!r) {
        ++failures;
        ADD_FAILURE() << r.error().message;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  // Eight renumberings one after the other: the line holds exactly its recorded /32 and /56.
  auto held = *Ipam(*Tx(TxMode::kRead)).BlocksOf(line);
  Product p = Get(line);
  std::vector<std::string> got;
  for (const IpBlock& b : held) got.push_back(b.cidr);
  std::vector<std::string> expected{p.addressing.ipv4_address + "/32", p.addressing.ipv6_prefix};
  std::sort(got.begin(), got.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(got, expected);
  EXPECT_EQ(p.addressing.ipv4_address, "198.51.100.8");  // the ninth address of the pool
}

TEST_P(ConcurrentProvisioning, ARaceForTheLastAddressesHasExactlyAsManyWinnersAsAddresses) {
  ipam_.pools = {TestPool("scarce", PoolPurpose::kFixedIpv4, "192.0.2.0/29", 32),
                 TestPool("v6", PoolPurpose::kIpv6Prefix, "2001:db8:4000::/48", 56)};
  ASSERT_TRUE(provisioning_->SeedPools(*storage_).ok());
  auto [customer, site] = NewCustomer("0403.170.701");
  std::atomic<int> won{0}, exhausted{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 16; ++t) {
    threads.emplace_back([&] {
      auto id = Provision(Spec(customer, site, "internet-pro-plus"), kActivated);
      if (id) {
        ++won;
      } else if (id.error().code == ErrorCode::kFailedPrecondition) {
        ++exhausted;
      } else {
        ADD_FAILURE() << id.error().message;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(won.load(), 8);  // a /29 holds eight addresses
  EXPECT_EQ(exhausted.load(), 8);
  std::vector<IpBlock> blocks = AllocatedBlocks();
  EXPECT_EQ(std::count_if(blocks.begin(), blocks.end(), [](const IpBlock& b) { return b.pool_id == "scarce"; }), 8);
  ExpectDisjoint(blocks);
}

INSTANTIATE_TEST_SUITE_P(Backends, ConcurrentProvisioning, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         BackendParamName);

}  // namespace
}  // namespace bizline::testing
