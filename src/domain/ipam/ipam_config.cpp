#include "domain/ipam/ipam_config.h"

#include <bit>
#include <set>

namespace bizline {

std::string_view ToString(PoolPurpose purpose) {
  switch (purpose) {
    case PoolPurpose::kFixedIpv4: return "fixed-ipv4";
    case PoolPurpose::kIpv6Prefix: return "ipv6-prefix";
    case PoolPurpose::kIpPack: return "ip-pack";
  }
  return "?";
}

std::optional<PoolPurpose> ParsePoolPurpose(std::string_view text) {
  for (auto p : {PoolPurpose::kFixedIpv4, PoolPurpose::kIpv6Prefix, PoolPurpose::kIpPack}) {
    if (ToString(p) == text) return p;
  }
  return std::nullopt;
}

const AddressPool* IpamConfig::FindPool(PoolPurpose purpose, int block_length) const {
  for (const AddressPool& pool : pools) {
    if (pool.purpose == purpose && pool.block_length == block_length) return &pool;
  }
  return nullptr;
}

bool BlockLengthFits(PoolPurpose purpose, AddressFamily family, int block_length) {
  switch (purpose) {
    case PoolPurpose::kFixedIpv4: return family == AddressFamily::kIpv4 && block_length == 32;
    case PoolPurpose::kIpv6Prefix: return family == AddressFamily::kIpv6 && block_length == kLineIpv6PrefixLength;
    case PoolPurpose::kIpPack:
      // X-08: /30, /29, /28 and /27 (4 to 32 addresses).
      return family == AddressFamily::kIpv4 && block_length >= Ipv4PrefixForBlockSize(kLargestAutomaticIpPackSize) &&
             block_length <= 30;
  }
  return false;
}

Status ValidateIpamConfig(const IpamConfig& config) {
  std::string problems;
  std::string first_field;
  auto report = [&](const std::string& field, const std::string& message) {
    if (first_field.empty()) first_field = field;
    problems += (problems.empty() ? "" : "\n") + message;
  };
  std::set<std::string> ids;
  for (std::size_t i = 0; i < config.pools.size(); ++i) {
    const AddressPool& pool = config.pools[i];
    std::string field = "pools[" + std::to_string(i) + "]";
    std::string name = "pool '" + pool.id + "'";
    if (pool.id.empty()) report(field + ".id", field + ": a pool needs an id");
    if (!ids.insert(pool.id).second) report(field + ".id", name + " is defined twice");
    if (!BlockLengthFits(pool.purpose, pool.range.family, pool.block_length)) {
      report(field + ".block-size", name + ": a " + std::string(ToString(pool.purpose)) + " pool of " +
                                        std::string(ToString(pool.range.family)) + " cannot hand out /" +
                                        std::to_string(pool.block_length) +
                                        " blocks (fixed-ipv4: /32; ipv6-prefix: /56; ip-pack: /30 to /27, X-08)");
      continue;
    }
    if (pool.block_length < pool.range.length) {
      report(field + ".range", name + ": the range " + FormatPrefix(pool.range) + " is smaller than one /" +
                                   std::to_string(pool.block_length) + " block");
      continue;
    }
    if (pool.BlockCount() > kMaxBlocksPerPool) {
      report(field + ".range", name + ": " + FormatPrefix(pool.range) + " holds more than " +
                                   std::to_string(kMaxBlocksPerPool) + " blocks; split it into smaller pools");
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (Overlaps(config.pools[j].range, pool.range)) {
        report(field + ".range", name + ": " + FormatPrefix(pool.range) + " overlaps pool '" + config.pools[j].id +
                                     "' (" + FormatPrefix(config.pools[j].range) +
                                     "); an address must never be handed out twice");
      }
    }
  }
  if (config.quarantine < Seconds(0)) report("quarantine-days", "the quarantine period cannot be negative");
  if (problems.empty()) return Ok{};
  return Error::Invalid(first_field, problems);
}

std::int64_t BlockKey(const IpPrefix& block) {
  std::uint64_t raw = block.family == AddressFamily::kIpv4 ? block.base.lo : block.base.hi;
  return std::bit_cast<std::int64_t>(raw);
}

}  // namespace bizline
