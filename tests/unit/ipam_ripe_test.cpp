// The RIPE-488 path (IP-008, IP-009): deciding a pending request and carving a block above /27
// as adjacent pool blocks aligned on the requested size.
#include <gtest/gtest.h>

#include "domain/ipam/ip_address.h"
#include "domain/ipam/ripe.h"

namespace bizline {
namespace {

RipeRequest Pending() {
  RipeRequest r;
  r.id = 4;
  r.block_size = 128;
  return r;
}

TEST(IpamRipe, APendingRequestIsApprovedOrRejectedWithAReason_IP008) {
  EXPECT_TRUE(CheckRipeDecision(Pending(), RipeStatus::kApproved, "").ok());
  EXPECT_TRUE(CheckRipeDecision(Pending(), RipeStatus::kRejected, "no network map").ok());
  auto no_reason = CheckRipeDecision(Pending(), RipeStatus::kRejected, " ");
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().field, "rejectionReason");
  EXPECT_EQ(no_reason.error().rule, "IP-008");
  EXPECT_EQ(CheckRipeDecision(Pending(), RipeStatus::kPending, "").error().field, "status");
  EXPECT_EQ(CheckRipeDecision(Pending(), RipeStatus::kApproved, "why").error().field, "rejectionReason");
}

TEST(IpamRipe, AResolvedRequestIsNotResolvedAgain_IP008) {
  RipeRequest done = Pending();
  done.status = RipeStatus::kApproved;
  auto again = CheckRipeDecision(done, RipeStatus::kRejected, "late");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(again.error().message.find("already approved"), std::string::npos);
}

TEST(IpamRipe, GuidanceNamesBothFormsAndWhereTheyAre_IP009) {
  std::string text(kRipeFormsGuidance);
  EXPECT_NE(text.find("RIPE-488"), std::string::npos);
  EXPECT_NE(text.find("RIPE-489"), std::string::npos);
  EXPECT_NE(text.find("https://www.ripe.net"), std::string::npos);
  EXPECT_NE(text.find("on request"), std::string::npos);
}

TEST(IpamRipe, BlocksForSizeCountsWholeCidrRuns) {
  EXPECT_EQ(BlocksForSize(128, 32), 4u);
  EXPECT_EQ(BlocksForSize(64, 32), 2u);
  EXPECT_EQ(BlocksForSize(32, 32), 1u);
  EXPECT_EQ(BlocksForSize(96, 32), 0u);  // three blocks are not one CIDR block
  EXPECT_EQ(BlocksForSize(16, 32), 0u);
  EXPECT_EQ(BlocksForSize(128, 0), 0u);
}

std::int64_t Key(const char* address) { return static_cast<std::int64_t>(ParseIpv4(address)->lo); }

TEST(IpamRipe, TheRunStartsOnTheRequestedAlignment_IP008) {
  // 192.0.2.0/24 in /27 blocks; .0 is taken, so the first free /25 starts at .128.
  std::vector<std::int64_t> free{Key("192.0.2.32"),  Key("192.0.2.64"),  Key("192.0.2.96"), Key("192.0.2.128"),
                                 Key("192.0.2.160"), Key("192.0.2.192"), Key("192.0.2.224")};
  auto run = FindAlignedRun(free, 32, 4);
  ASSERT_TRUE(run);
  EXPECT_EQ(free[*run], Key("192.0.2.128"));
  auto pair = FindAlignedRun(free, 32, 2);  // a /26: .64 is its first aligned start
  ASSERT_TRUE(pair);
  EXPECT_EQ(free[*pair], Key("192.0.2.64"));
}

TEST(IpamRipe, AHoleInTheRunIsSkipped) {
  std::vector<std::int64_t> holed{Key("192.0.2.0"), Key("192.0.2.32"), Key("192.0.2.96"), Key("192.0.2.128")};
  EXPECT_FALSE(FindAlignedRun(holed, 32, 4));
  auto pair = FindAlignedRun(holed, 32, 2);
  ASSERT_TRUE(pair);
  EXPECT_EQ(*pair, 0u);
  EXPECT_FALSE(FindAlignedRun({}, 32, 1));
  EXPECT_FALSE(FindAlignedRun(holed, 32, 0));
}

}  // namespace
}  // namespace bizline
