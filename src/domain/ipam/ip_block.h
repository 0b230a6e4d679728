// A carved block of an address pool as IPAM tracks it: free, allocated to one product, or in
// quarantine after the product ended (reusable from `reusable_at`). Also the RIPE-488 request
// recorded instead of allocating an IP Pack above /27 (IP-008).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/core/ids.h"
#include "domain/core/instant.h"
#include "domain/ipam/ip_address.h"

namespace bizline {

enum class BlockState { kFree, kAllocated, kQuarantined };

std::string_view ToString(BlockState state);
std::optional<BlockState> ParseBlockState(std::string_view text);

struct IpBlock {
  std::int64_t id = 0;
  std::string pool_id;
  std::string cidr;  // canonical text, e.g. "198.51.100.8/29"
  BlockState state = BlockState::kFree;
  ProductId product;                   // set when allocated
  std::optional<Instant> reusable_at;  // set when quarantined
};

// Whether a block may be handed out at `now`: free, or quarantined with its period over.
bool IsAllocatable(const IpBlock& block, Instant now);

// IP-008: pending until staff resolve it (domain/ipam/ripe.h): approved with the aligned block
// allocated to the line as its IP Pack, or rejected with a reason.
enum class RipeStatus { kPending, kApproved, kRejected };

std::string_view ToString(RipeStatus status);  // "pending", "approved", "rejected"
std::optional<RipeStatus> ParseRipeStatus(std::string_view text);

struct RipeRequest {
  std::int64_t id = 0;
  ProductId product;
  CustomerId customer;
  int block_size = 0;  // addresses requested, above 32 (IP-008)
  RipeStatus status = RipeStatus::kPending;
  Instant created_at{};
  std::optional<Instant> resolved_at;
  UserId resolved_by;
  std::string rejection_reason;  // set when rejected
  std::string allocated_block;   // set when approved, e.g. "192.0.2.0/25"
};

}  // namespace bizline
