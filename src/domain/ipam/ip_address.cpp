#include "domain/ipam/ip_address.h"

#include <array>
#include <cassert>
#include <charconv>
#include <vector>

namespace bizline {
namespace {

int Width(AddressFamily family) { return family == AddressFamily::kIpv4 ? 32 : 128; }

// A 128-bit value with its low `bits` bits set.
IpAddress LowMask(int bits) {
  if (bits <= 0) return {};
  if (bits >= 128) return {~0ULL, ~0ULL};
  if (bits >= 64) return {bits == 64 ? 0 : (1ULL << (bits - 64)) - 1, ~0ULL};
  return {0, (1ULL << bits) - 1};
}

IpAddress And(IpAddress a, IpAddress b) { return {a.hi & b.hi, a.lo & b.lo}; }
IpAddress Or(IpAddress a, IpAddress b) { return {a.hi | b.hi, a.lo | b.lo}; }
bool IsZero(IpAddress a) { return a.hi == 0 && a.lo == 0; }

IpAddress ShiftLeft(std::uint64_t n, int s) {
  if (s >= 128) return {};
  if (s >= 64) return {n << (s - 64), 0};
  if (s == 0) return {0, n};
  return {n >> (64 - s), n << s};
}

IpAddress Add(IpAddress a, IpAddress b) {
  IpAddress r{a.hi + b.hi, a.lo + b.lo};
  if (r.lo < a.lo) ++r.hi;
  return r;
}

int HostBits(const IpPrefix& p) { return Width(p.family) - p.length; }

Result<int> ParseDecimal(std::string_view text, int max, const std::string& what) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  bool leading_zero = text.size() > 1 && text.front() == '0';
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || leading_zero || value < 0 ||
      value > max) {
    return Error::Invalid(what, "'" + std::string(text) + "' is not a number from 0 to " + std::to_string(max));
  }
  return value;
}

Result<std::vector<std::uint16_t>> ParseGroups(std::string_view text, const std::string& whole) {
  std::vector<std::uint16_t> groups;
  if (text.empty()) return groups;
  std::size_t start = 0;
  while (true) {
    std::size_t colon = text.find(':', start);
    std::string_view group =
        text.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start);
    unsigned value = 0;
    auto [end, ec] = std::from_chars(group.data(), group.data() + group.size(), value, 16);
    if (group.empty() || group.size() > 4 || ec != std::errc() || end != group.data() + group.size()) {
      return Error::Invalid("address", "'" + whole + "' is not an IPv6 address");
    }
    groups.push_back(static_cast<std::uint16_t>(value));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  return groups;
}

}  // namespace

std::string_view ToString(AddressFamily family) { return family == AddressFamily::kIpv4 ? "ipv4" : "ipv6"; }

int MaxPrefixLength(AddressFamily family) { return Width(family); }

Result<IpAddress> ParseIpv4(std::string_view text) {
  std::uint64_t value = 0;
  std::size_t start = 0;
  for (int i = 0; i < 4; ++i) {
    std::size_t dot = text.find('.', start);
    bool last = i == 3;
    if (last != (dot == std::string_view::npos)) {
      return Error::Invalid("address", "'" + std::string(text) + "' is not an IPv4 address (a.b.c.d)");
    }
    auto octet = ParseDecimal(text.substr(start, last ? std::string_view::npos : dot - start), 255, "address");
    if (!octet) return Error::Invalid("address", "'" + std::string(text) + "' is not an IPv4 address (a.b.c.d)");
    value = (value << 8) | static_cast<std::uint64_t>(*octet);
    start = dot + 1;
  }
  return IpAddress{0, value};
}

Result<IpAddress> ParseIpv6(std::string_view text) {
  std::string whole(text);
  std::size_t gap = text.find("::");
  std::vector<std::uint16_t> groups;
  if (gap == std::string_view::npos) {
    auto all = ParseGroups(text, whole);
    if (!all || all->size() != 8) return Error::Invalid("address", "'" + whole + "' is not an IPv6 address");
    groups = *all;
  } else {
    if (text.find("::", gap + 1) != std::string_view::npos) {
      return Error::Invalid("address", "'" + whole + "' has '::' twice");
    }
    auto head = ParseGroups(text.substr(0, gap), whole);
    auto tail = ParseGroups(text.substr(gap + 2), whole);
    if (!head) return head.error();
    if (!tail) return tail.error();
    if (head->size() + tail->size() > 7) return Error::Invalid("address", "'" + whole + "' is not an IPv6 address");
    groups = *head;
    groups.resize(8 - tail->size(), 0);
    groups.insert(groups.end(), tail->begin(), tail->end());
  }
  IpAddress a;
  for (int i = 0; i < 4; ++i) a.hi = (a.hi << 16) | groups[i];
  for (int i = 4; i < 8; ++i) a.lo = (a.lo << 16) | groups[i];
  return a;
}

std::string FormatIpv4(IpAddress address) {
  std::uint64_t v = address.lo;
  return std::to_string((v >> 24) & 0xff) + "." + std::to_string((v >> 16) & 0xff) + "." +
         std::to_string((v >> 8) & 0xff) + "." + std::to_string(v & 0xff);
}

std::string FormatIpv6(IpAddress address) {
  std::array<unsigned, 8> g{};
  for (int i = 0; i < 4; ++i) g[i] = static_cast<unsigned>((address.hi >> (48 - 16 * i)) & 0xffff);
  for (int i = 0; i < 4; ++i) g[4 + i] = static_cast<unsigned>((address.lo >> (48 - 16 * i)) & 0xffff);
  // RFC 5952 4.2: compress the longest run of two or more zero groups, the first on a tie.
  int best_start = -1, best_len = 1;
  for (int i = 0; i < 8;) {
    if (g[i] != 0) {
      ++i;
      continue;
    }
    int j = i;
    while (j < 8 && g[j] == 0) ++j;
    if (j - i > best_len) {
      best_start = i;
      best_len = j - i;
    }
    i = j;
  }
  auto hex = [](unsigned v) {
    char buffer[8];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v, 16);
    return std::string(buffer, end);
  };
  std::string out;
  for (int i = 0; i < 8; ++i) {
    if (i == best_start) {
      out += "::";
      i += best_len - 1;
      continue;
    }
    if (!out.empty() && out.back() != ':') out += ':';
    out += hex(g[i]);
  }
  return out;
}

Result<IpPrefix> ParsePrefix(std::string_view text, const std::string& field) {
  std::string whole(text);
  std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) {
    return Error::Invalid(field, "'" + whole + "' is not a CIDR prefix (address/length)");
  }
  IpPrefix p;
  p.family = text.find(':') == std::string_view::npos ? AddressFamily::kIpv4 : AddressFamily::kIpv6;
  auto address = p.family == AddressFamily::kIpv4 ? ParseIpv4(text.substr(0, slash)) : ParseIpv6(text.substr(0, slash));
  if (!address) return Error::Invalid(field, address.error().message);
  auto length = ParseDecimal(text.substr(slash + 1), Width(p.family), field);
  if (!length) return Error::Invalid(field, "'" + whole + "': bad prefix length: " + length.error().message);
  p.base = *address;
  p.length = *length;
  if (!IsZero(And(p.base, LowMask(HostBits(p))))) {
    return Error::Invalid(field, "'" + whole + "' is not aligned: its host bits must be zero");
  }
  return p;
}

std::string FormatPrefix(const IpPrefix& prefix) {
  std::string address = prefix.family == AddressFamily::kIpv4 ? FormatIpv4(prefix.base) : FormatIpv6(prefix.base);
  return address + "/" + std::to_string(prefix.length);
}

IpAddress LastAddress(const IpPrefix& prefix) { return Or(prefix.base, LowMask(HostBits(prefix))); }

bool Overlaps(const IpPrefix& a, const IpPrefix& b) {
  if (a.family != b.family) return false;
  return a.base <= LastAddress(b) && b.base <= LastAddress(a);
}

bool Contains(const IpPrefix& outer, const IpPrefix& inner) {
  return outer.family == inner.family && outer.base <= inner.base && LastAddress(inner) <= LastAddress(outer);
}

IpPrefix SubPrefix(const IpPrefix& outer, int length, std::uint64_t n) {
  assert(length >= outer.length && length <= Width(outer.family) && "sub-prefix longer than its parent");
  assert(n < SubPrefixCount(outer, length) && "sub-prefix index out of range");
  return {outer.family, Add(outer.base, ShiftLeft(n, Width(outer.family) - length)), length};
}

std::uint64_t SubPrefixCount(const IpPrefix& outer, int length) {
  int bits = length - outer.length;
  if (bits < 0) return 0;
  if (bits >= 62) return 1ULL << 62;
  return 1ULL << bits;
}

int Ipv4PrefixForBlockSize(std::int64_t size) {
  for (int length = 32; length >= 1; --length) {
    if (size == (std::int64_t{1} << (32 - length))) return length;
  }
  return 0;
}

IpPrefix SecondHalf(const IpPrefix& prefix) {
  assert(prefix.length < Width(prefix.family) && "a single address has no halves");
  IpPrefix half{prefix.family, Or(prefix.base, ShiftLeft(1, HostBits(prefix) - 1)), prefix.length + 1};
  return half;
}

std::string GatewayAddress64(const IpPrefix& routed) {
  assert(routed.family == AddressFamily::kIpv6 && routed.length <= 64 &&
         "a gateway needs a routed IPv6 /64 or shorter");
  return FormatIpv6({routed.base.hi, 0x10}) + "/64";
}

}  // namespace bizline
