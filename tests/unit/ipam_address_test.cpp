// IP address values: parsing, canonical text, alignment, carving, and the IP Pack's IPv6 part
// (CAT-059 second /57, CAT-060 ::10/64 gateway), block sizes (X-08, CAT-057).
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "domain/ipam/ip_address.h"

namespace bizline {
namespace {

IpPrefix P(const std::string& text) {
  auto p = ParsePrefix(text, "range");
  EXPECT_TRUE(p.ok()) << text << ": " << (p.ok() ? "" : p.error().message);
  return p.ok() ? *p : IpPrefix{};
}

TEST(IpamAddress, ParsesAndFormatsIpv4) {
  auto a = ParseIpv4("198.51.100.7");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(FormatIpv4(*a), "198.51.100.7");
  for (const char* bad : {"198.51.100", "198.51.100.256", "1.2.3.4.5", "01.2.3.4", "a.b.c.d", "", "1..2.3"}) {
    EXPECT_FALSE(ParseIpv4(bad).ok()) << bad;
  }
}

TEST(IpamAddress, FormatsIpv6TheRfc5952Way) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"},
      {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"},     // the first of two equal runs
      {"2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"},  // a single zero group is not compressed
      {"::", "::"},
      {"::1", "::1"},
      {"2001:DB8:4000:100::", "2001:db8:4000:100::"},
  };
  for (const auto& c : cases) {
    auto a = ParseIpv6(c.in);
    ASSERT_TRUE(a.ok()) << c.in;
    EXPECT_EQ(FormatIpv6(*a), c.out) << c.in;
  }
  for (const char* bad : {"2001:db8::1::2", "12345::", "2001:db8:1:2:3:4:5:6:7", "g::1", "1:2:3:4:5:6:7"}) {
    EXPECT_FALSE(ParseIpv6(bad).ok()) << bad;
  }
}

TEST(IpamAddress, PrefixesMustBeAligned) {
  EXPECT_EQ(FormatPrefix(P("203.0.113.8/29")), "203.0.113.8/29");
  auto unaligned = ParsePrefix("203.0.113.4/29", "range");
  ASSERT_FALSE(unaligned.ok());
  EXPECT_EQ(unaligned.error().field, "range");
  EXPECT_NE(unaligned.error().message.find("aligned"), std::string::npos);
  EXPECT_FALSE(ParsePrefix("2001:db8:4000:100::/48", "range").ok());
  EXPECT_FALSE(ParsePrefix("10.0.0.0/33", "range").ok());
  EXPECT_FALSE(ParsePrefix("10.0.0.0", "range").ok());
}

TEST(IpamAddress, CarvesAlignedSubPrefixes) {
  IpPrefix pool = P("203.0.113.64/26");
  EXPECT_EQ(SubPrefixCount(pool, 29), 8u);
  EXPECT_EQ(FormatPrefix(SubPrefix(pool, 29, 0)), "203.0.113.64/29");
  EXPECT_EQ(FormatPrefix(SubPrefix(pool, 29, 7)), "203.0.113.120/29");
  IpPrefix v6 = P("2001:db8:4000::/44");
  EXPECT_EQ(SubPrefixCount(v6, 56), 4096u);
  EXPECT_EQ(FormatPrefix(SubPrefix(v6, 56, 1)), "2001:db8:4000:100::/56");
  EXPECT_EQ(FormatPrefix(SubPrefix(v6, 56, 4095)), "2001:db8:400f:ff00::/56");
}

TEST(IpamAddress, OverlapAndContainment) {
  EXPECT_TRUE(Overlaps(P("203.0.113.0/24"), P("203.0.113.128/26")));
  EXPECT_FALSE(Overlaps(P("203.0.113.0/26"), P("203.0.113.64/26")));
  EXPECT_TRUE(Contains(P("203.0.113.0/24"), P("203.0.113.128/26")));
  EXPECT_FALSE(Overlaps(P("2001:db8::/32"), P("10.0.0.0/8")));  // different families
}

// X-08, CAT-057: IP Pack sizes are counted in addresses: 4, 8, 16, 32 are /30, /29, /28, /27.
TEST(IpamAddress, IpPackBlockSizesAreCidrBlocks_X08_CAT057) {
  EXPECT_EQ(Ipv4PrefixForBlockSize(4), 30);
  EXPECT_EQ(Ipv4PrefixForBlockSize(8), 29);
  EXPECT_EQ(Ipv4PrefixForBlockSize(16), 28);
  EXPECT_EQ(Ipv4PrefixForBlockSize(32), 27);
  EXPECT_EQ(Ipv4PrefixForBlockSize(64), 26);  // above /27: the RIPE-488 path (IP-008)
  EXPECT_EQ(Ipv4PrefixForBlockSize(6), 0);
  EXPECT_EQ(Ipv4PrefixForBlockSize(0), 0);
}

// CAT-059: the IP Pack routes the second /57 of the line's /56; CAT-060: the customer's router
// or firewall takes the address ending in ::10/64 in it.
TEST(IpamAddress, IpPackIpv6IsTheSecondSlash57WithGateway_CAT059_CAT060) {
  IpPrefix line = P("2001:db8:4000:100::/56");
  IpPrefix routed = SecondHalf(line);
  EXPECT_EQ(FormatPrefix(routed), "2001:db8:4000:180::/57");
  EXPECT_TRUE(Contains(line, routed));
  EXPECT_FALSE(Overlaps(routed, P("2001:db8:4000:100::/57")));  // not the first half
  EXPECT_EQ(GatewayAddress64(routed), "2001:db8:4000:180::10/64");
}

RC_GTEST_PROP(IpamAddress, Ipv6TextRoundTrips, (std::uint64_t hi, std::uint64_t lo)) {
  IpAddress a{hi, lo};
  auto back = ParseIpv6(FormatIpv6(a));
  RC_ASSERT(back.ok());
  RC_ASSERT(*back == a);
}

RC_GTEST_PROP(IpamAddress, CarvedBlocksAreAlignedAndDisjoint, (std::uint8_t extra_bits, std::uint32_t seed)) {
  int bits = extra_bits % 8 + 1;
  IpPrefix pool{AddressFamily::kIpv4, {0, (seed & 0xffffff00u)}, 24};
  int length = 24 + bits;
  std::uint64_t n = SubPrefixCount(pool, length);
  for (std::uint64_t i = 0; i + 1 < n; ++i) {
    IpPrefix a = SubPrefix(pool, length, i), b = SubPrefix(pool, length, i + 1);
    RC_ASSERT(Contains(pool, a));
    RC_ASSERT(!Overlaps(a, b));
    RC_ASSERT(ParsePrefix(FormatPrefix(a), "x").ok());  // aligned on its own size
  }
}

}  // namespace
}  // namespace bizline
