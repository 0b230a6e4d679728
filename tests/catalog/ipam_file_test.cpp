// catalog/ipam.yaml and its loader: the shipped pools are valid and disjoint; broken snippets
// are reported with their place in the file, all at once (X-08 block sizes, IP-008 above /27).
#include "catalog/ipam_file.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

namespace bizline {
namespace {

std::filesystem::path CatalogDir() {
  if (const char* root = std::getenv("BIZLINE_SOURCE_DIR")) return std::filesystem::path(root) / "catalog";
  return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "catalog";
}

TEST(IpamFile, TheShippedPoolsLoadAndCoverEveryPurpose) {
  auto config = LoadIpamDir(CatalogDir());
  ASSERT_TRUE(config.ok()) << config.error().message;
  EXPECT_EQ(config->quarantine, std::chrono::days(30));
  EXPECT_NE(config->FindPool(PoolPurpose::kFixedIpv4, 32), nullptr);                                       // CAT-047
  EXPECT_NE(config->FindPool(PoolPurpose::kIpv6Prefix, 56), nullptr);                                      // CAT-048
  for (int length : {30, 29, 28, 27}) EXPECT_NE(config->FindPool(PoolPurpose::kIpPack, length), nullptr);
}

TEST(IpamFile, BlockSizeIsCountedInAddresses_X08) {
  auto config =
      ParseIpamConfig("pools:\n  - {id: p, purpose: ip-pack, block-size: 16, range: 10.0.0.0/24}\n", "ipam.yaml");
  ASSERT_TRUE(config.ok()) << config.error().message;
  EXPECT_EQ(config->pools[0].block_length, 28);
  EXPECT_EQ(config->quarantine, kDefaultQuarantine);
}

TEST(IpamFile, PacksAboveSlash27AreRefused_IP008) {
  auto config =
      ParseIpamConfig("pools:\n  - {id: p, purpose: ip-pack, block-size: 64, range: 10.0.0.0/24}\n", "ipam.yaml");
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.error().message.find("ipam.yaml:2:"), std::string::npos);
  EXPECT_NE(config.error().message.find("RIPE-488"), std::string::npos);
}

TEST(IpamFile, ReportsEveryProblemWithItsPlace) {
  const std::string text =
      "quarantine-days: -3\n"
      "colour: blue\n"
      "pools:\n"
      "  - id: a\n"
      "    purpose: fixed-ipv5\n"
      "    range: 10.0.0.0/24\n"
      "  - id: b\n"
      "    purpose: fixed-ipv4\n"
      "    range: 10.0.0.7/24\n";
  auto config = ParseIpamConfig(text, "ipam.yaml");
  ASSERT_FALSE(config.ok());
  const std::string& m = config.error().message;
  EXPECT_EQ(config.error().field, "ipam.yaml:2:1");  // the first problem found
  EXPECT_NE(m.find("quarantine-days"), std::string::npos);
  EXPECT_NE(m.find("ipam.yaml:2:1: unknown key 'colour'"), std::string::npos);
  EXPECT_NE(m.find("ipam.yaml:5:14: purpose must be"), std::string::npos);
  EXPECT_NE(m.find("ipam.yaml:9:12:"), std::string::npos);  // not aligned
  EXPECT_NE(m.find("aligned"), std::string::npos);
}

TEST(IpamFile, OverlappingPoolsAreRefused) {
  auto config = ParseIpamConfig(
      "pools:\n  - {id: a, purpose: fixed-ipv4, range: 10.0.0.0/24}\n"
      "  - {id: b, purpose: ip-pack, block-size: 8, range: 10.0.0.128/25}\n",
      "ipam.yaml");
  ASSERT_FALSE(config.ok());
  EXPECT_NE(config.error().message.find("overlaps pool 'a'"), std::string::npos);
}

}  // namespace
}  // namespace bizline
