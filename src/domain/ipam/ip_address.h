// IPv4 and IPv6 addresses and CIDR prefixes as plain values: parsing, canonical text (RFC 5952
// for IPv6), alignment and overlap. IPAM (ipam_config.h) carves its pools with these.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/core/result.h"

namespace bizline {

enum class AddressFamily { kIpv4, kIpv6 };

std::string_view ToString(AddressFamily family);

// A 128-bit address; an IPv4 address uses the low 32 bits of `lo`.
struct IpAddress {
  std::uint64_t hi = 0;
  std::uint64_t lo = 0;
  friend auto operator<=>(const IpAddress&, const IpAddress&) = default;
};

// A CIDR prefix whose host bits are all zero (aligned).
struct IpPrefix {
  AddressFamily family = AddressFamily::kIpv4;
  IpAddress base;
  int length = 0;
  friend bool operator==(const IpPrefix&, const IpPrefix&) = default;
};

int MaxPrefixLength(AddressFamily family);

Result<IpAddress> ParseIpv4(std::string_view text);
Result<IpAddress> ParseIpv6(std::string_view text);
std::string FormatIpv4(IpAddress address);
std::string FormatIpv6(IpAddress address);  // RFC 5952: lowercase, longest zero run as "::"

// "198.51.100.0/24" or "2001:db8::/48". Rejects host bits set below the prefix: a pool or block
// must be aligned on its own size.
Result<IpPrefix> ParsePrefix(std::string_view text, const std::string& field);
std::string FormatPrefix(const IpPrefix& prefix);

// The last address of the prefix.
IpAddress LastAddress(const IpPrefix& prefix);
bool Overlaps(const IpPrefix& a, const IpPrefix& b);
bool Contains(const IpPrefix& outer, const IpPrefix& inner);

// The n-th sub-prefix of `length` inside `outer` (n from 0). Asserts that it exists.
IpPrefix SubPrefix(const IpPrefix& outer, int length, std::uint64_t n);
// How many sub-prefixes of `length` fit in `outer`, saturated at 2^62.
std::uint64_t SubPrefixCount(const IpPrefix& outer, int length);

// IP Pack sizes are counted in addresses: 4, 8, 16, 32 -> /30, /29, /28, /27. Zero when
// `size` is not a power of two from 1 to 2^31.
int Ipv4PrefixForBlockSize(std::int64_t size);

// CAT-059: the second /57 of a /56 (the half whose first extra bit is set).
IpPrefix SecondHalf(const IpPrefix& prefix);
// CAT-060: the customer's router/firewall address in a routed block: its first /64 with the
// interface identifier ::10, written "prefix::10/64".
std::string GatewayAddress64(const IpPrefix& routed);

}  // namespace bizline
