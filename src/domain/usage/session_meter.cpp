#include "domain/usage/session_meter.h"

namespace bizline {
namespace {

constexpr std::uint64_t k32 = std::uint64_t{1} << 32;
// A 32-bit counter read in its last quarter before a lower value wrapped around; lower down, a
// backwards step is a reset (a wrap from there would mean gigabytes in one interim period).
constexpr std::uint64_t kWrapZone = k32 - (k32 / 4);

}  // namespace

std::uint64_t CounterGrowth(std::uint64_t before, std::uint64_t now) {
  if (now >= before) return now - before;
  if (before < k32 && before >= kWrapZone) return (k32 - before) + now;  // a 32-bit wrap
  return now;                                                            // a NAS reset
}

Bytes SessionGrowth(const std::optional<SessionCounters>& before, const SessionCounters& now) {
  if (!before) return Bytes{now.input + now.output};
  return Bytes{CounterGrowth(before->input, now.input) + CounterGrowth(before->output, now.output)};
}

}  // namespace bizline
