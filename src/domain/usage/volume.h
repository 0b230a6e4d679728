// Data volume as the contract counts it (T-12, USE-002): whole bytes, 1 GB = 10^9 bytes and
// 1 TB = 10^12 bytes (decimal units, stated in the catalog), counted per calendar month in
// Europe/Brussels. RADIUS reports a session's traffic as cumulative 32-bit octet counters with a
// separate count of 2^32 wraps (Acct-Input-Gigawords, RFC 2869); Counter64 joins the two.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/core/instant.h"
#include "domain/core/time_text.h"

namespace bizline {

struct Bytes {
  std::uint64_t value = 0;
  friend auto operator<=>(const Bytes&, const Bytes&) = default;
  Bytes& operator+=(Bytes other) {
    value += other.value;
    return *this;
  }
  friend Bytes operator+(Bytes a, Bytes b) { return a += b; }
};

inline constexpr std::uint64_t kGigabyte = 1'000'000'000ULL;      // 10^9 (the catalog says so)
inline constexpr std::uint64_t kTerabyte = 1'000'000'000'000ULL;  // 10^12

// A cumulative counter from its low 32 bits and its gigawords.
constexpr std::uint64_t Counter64(std::uint32_t octets, std::uint32_t gigawords) {
  return (static_cast<std::uint64_t>(gigawords) << 32) | octets;
}

// A calendar month in Europe/Brussels (USE-010: the throttle and the volume count per month).
struct Month {
  int year = 1970;
  unsigned month = 1;  // 1..12
  friend auto operator<=>(const Month&, const Month&) = default;
};

// The Brussels month an instant falls in: 2026-03-31T22:30Z is April (00:30 CEST).
Month MonthOf(Instant instant);
// The month a Brussels calendar day belongs to.
Month MonthOfDay(CivilDay day);
// The instant the month starts (00:00 Brussels on the 1st) and the next month.
Instant MonthStart(Month month);
Month NextMonth(Month month);
// "2026-03"
std::string FormatMonth(Month month);
// "YYYY-MM" with a month 01..12; nullopt otherwise.
std::optional<Month> ParseMonth(std::string_view text);

}  // namespace bizline
