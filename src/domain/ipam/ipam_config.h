// IPAM configuration: the operator's address pools and the quarantine period. Each pool serves
// one purpose and is carved into blocks of one size, so every block of a pool is aligned on its
// own size and blocks of different pools never overlap (validated here). The pools are data
// (catalog/ipam.yaml, loaded by src/catalog/ipam_file.h); this header gives them a shape.
//
// Purposes: a line's fixed IPv4 address (/32, CAT-047, CAT-054), its fixed IPv6 block (/56,
// CAT-048) and the IPv4 block of an IP Pack (/30../27, CAT-057, X-08). The IP Pack's IPv6 part
// is not a pool: it is the routed second /57 of the line's own /56 (CAT-059).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/instant.h"
#include "domain/core/result.h"
#include "domain/ipam/ip_address.h"

namespace bizline {

enum class PoolPurpose { kFixedIpv4, kIpv6Prefix, kIpPack };

std::string_view ToString(PoolPurpose purpose);  // "fixed-ipv4", "ipv6-prefix", "ip-pack"
std::optional<PoolPurpose> ParsePoolPurpose(std::string_view text);

// The largest IP Pack allocated automatically: /27, 32 addresses. Above it the RIPE-488 path
// applies (IP-008) and nothing is allocated.
inline constexpr int kLargestAutomaticIpPackSize = 32;
inline constexpr int kLineIpv6PrefixLength = 56;  // CAT-048
// A pool may hold at most this many blocks, so seeding stays a few seconds at most.
inline constexpr std::uint64_t kMaxBlocksPerPool = 65536;
inline constexpr Seconds kDefaultQuarantine = std::chrono::days(30);

struct AddressPool {
  std::string id;
  PoolPurpose purpose = PoolPurpose::kFixedIpv4;
  IpPrefix range;
  int block_length = 32;  // the prefix length of every block carved from `range`

  std::uint64_t BlockCount() const { return SubPrefixCount(range, block_length); }
  IpPrefix Block(std::uint64_t n) const { return SubPrefix(range, block_length, n); }
};

struct IpamConfig {
  std::vector<AddressPool> pools;
  Seconds quarantine = kDefaultQuarantine;  // a released block waits this long before reuse

  // The pool for a purpose and block length; null when none is configured.
  const AddressPool* FindPool(PoolPurpose purpose, int block_length) const;
};

// The block length each purpose allows: /32 for fixed IPv4, /56 for IPv6, /30../27 for IP Packs.
bool BlockLengthFits(PoolPurpose purpose, AddressFamily family, int block_length);

// Every problem at once, one per line, each naming the pool: ids unique, family and block size
// fit the purpose, the block fits the range, at most kMaxBlocksPerPool blocks, no two pools
// overlap, quarantine not negative.
Status ValidateIpamConfig(const IpamConfig& config);

// The sort and uniqueness key of a block in storage: the IPv4 address, or the upper 64 bits of
// the IPv6 block (a /56 is fully described by them), reinterpreted as a signed 64-bit integer.
std::int64_t BlockKey(const IpPrefix& block);

}  // namespace bizline
