// IPAM pool configuration: purposes and block sizes (CAT-047, CAT-048, X-08), no overlap, the
// quarantine period, and the storage key.
#include "domain/ipam/ipam_config.h"

#include <gtest/gtest.h>

#include "domain/ipam/ip_block.h"

namespace bizline {
namespace {

AddressPool Pool(std::string id, PoolPurpose purpose, const std::string& range, int block_length) {
  auto prefix = ParsePrefix(range, "range");
  EXPECT_TRUE(prefix.ok()) << range;
  return {std::move(id), purpose, prefix.ok() ? *prefix : IpPrefix{}, block_length};
}

IpamConfig Valid() {
  return {{Pool("v4", PoolPurpose::kFixedIpv4, "198.51.100.0/24", 32),
           Pool("pack8", PoolPurpose::kIpPack, "203.0.113.64/26", 29),
           Pool("v6", PoolPurpose::kIpv6Prefix, "2001:db8:4000::/44", 56)},
          std::chrono::days(30)};
}

TEST(IpamConfig, AcceptsDisjointPoolsAndFindsThemByPurposeAndSize) {
  IpamConfig config = Valid();
  EXPECT_TRUE(ValidateIpamConfig(config).ok());
  ASSERT_NE(config.FindPool(PoolPurpose::kIpPack, 29), nullptr);
  EXPECT_EQ(config.FindPool(PoolPurpose::kIpPack, 29)->id, "pack8");
  EXPECT_EQ(config.FindPool(PoolPurpose::kIpPack, 28), nullptr);
  EXPECT_EQ(config.pools[2].BlockCount(), 4096u);
}

TEST(IpamConfig, RejectsOverlappingPools) {
  IpamConfig config = Valid();
  config.pools.push_back(Pool("again", PoolPurpose::kIpPack, "198.51.100.128/26", 30));
  auto s = ValidateIpamConfig(config);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "pools[3].range");
  EXPECT_NE(s.error().message.find("overlaps pool 'v4'"), std::string::npos);
}

// CAT-047: a fixed IPv4 address is one /32; CAT-048: the fixed IPv6 block is a /56; X-08: IP
// Pack blocks are /30 to /27.
TEST(IpamConfig, BlockSizesFollowThePurpose_CAT047_CAT048_X08) {
  EXPECT_TRUE(BlockLengthFits(PoolPurpose::kFixedIpv4, AddressFamily::kIpv4, 32));
  EXPECT_FALSE(BlockLengthFits(PoolPurpose::kFixedIpv4, AddressFamily::kIpv4, 30));
  EXPECT_TRUE(BlockLengthFits(PoolPurpose::kIpv6Prefix, AddressFamily::kIpv6, 56));
  EXPECT_FALSE(BlockLengthFits(PoolPurpose::kIpv6Prefix, AddressFamily::kIpv6, 48));
  EXPECT_FALSE(BlockLengthFits(PoolPurpose::kIpv6Prefix, AddressFamily::kIpv4, 56));
  for (int length : {27, 28, 29, 30}) EXPECT_TRUE(BlockLengthFits(PoolPurpose::kIpPack, AddressFamily::kIpv4, length));
  EXPECT_FALSE(BlockLengthFits(PoolPurpose::kIpPack, AddressFamily::kIpv4, 26));  // IP-008: RIPE-488 instead
  EXPECT_FALSE(BlockLengthFits(PoolPurpose::kIpPack, AddressFamily::kIpv4, 31));
}

TEST(IpamConfig, ReportsEveryProblemAtOnce) {
  IpamConfig config = Valid();
  config.pools.push_back(Pool("v4", PoolPurpose::kIpPack, "10.0.0.0/16", 26));        // id twice, /26 pack
  config.pools.push_back(Pool("huge", PoolPurpose::kFixedIpv4, "10.128.0.0/9", 32));  // too many blocks
  config.quarantine = Seconds(-1);
  auto s = ValidateIpamConfig(config);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("defined twice"), std::string::npos);
  EXPECT_NE(s.error().message.find("cannot hand out /26"), std::string::npos);
  EXPECT_NE(s.error().message.find("more than 65536 blocks"), std::string::npos);
  EXPECT_NE(s.error().message.find("quarantine"), std::string::npos);
}

TEST(IpamConfig, QuarantinedBlocksWaitForTheirPeriod) {
  Instant released = InstantFromEpoch(1'800'000'000);
  IpBlock block{1, "v4", "198.51.100.1/32", BlockState::kQuarantined, ProductId(), released + std::chrono::days(30)};
  EXPECT_FALSE(IsAllocatable(block, released + std::chrono::days(29)));
  EXPECT_TRUE(IsAllocatable(block, released + std::chrono::days(30)));
  block.state = BlockState::kAllocated;
  block.reusable_at.reset();
  EXPECT_FALSE(IsAllocatable(block, released + std::chrono::days(365)));
  block.state = BlockState::kFree;
  EXPECT_TRUE(IsAllocatable(block, released));
}

TEST(IpamConfig, BlockKeysAreDistinctPerBlock) {
  AddressPool v6 = Valid().pools[2];
  EXPECT_NE(BlockKey(v6.Block(0)), BlockKey(v6.Block(1)));
  AddressPool v4 = Valid().pools[0];
  EXPECT_EQ(BlockKey(v4.Block(7)), (198LL << 24) + (51 << 16) + (100 << 8) + 7);
}

}  // namespace
}  // namespace bizline
