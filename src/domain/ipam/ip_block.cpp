#include "domain/ipam/ip_block.h"

namespace bizline {

std::string_view ToString(BlockState state) {
  switch (state) {
    case BlockState::kFree: return "free";
    case BlockState::kAllocated: return "allocated";
    case BlockState::kQuarantined: return "quarantined";
  }
  return "?";
}

std::optional<BlockState> ParseBlockState(std::string_view text) {
  for (auto s : {BlockState::kFree, BlockState::kAllocated, BlockState::kQuarantined}) {
    if (ToString(s) == text) return s;
  }
  return std::nullopt;
}

std::string_view ToString(RipeStatus status) {
  switch (status) {
    case RipeStatus::kPending: return "pending";
    case RipeStatus::kApproved: return "approved";
    case RipeStatus::kRejected: return "rejected";
  }
  return "?";
}

std::optional<RipeStatus> ParseRipeStatus(std::string_view text) {
  for (auto s : {RipeStatus::kPending, RipeStatus::kApproved, RipeStatus::kRejected}) {
    if (ToString(s) == text) return s;
  }
  return std::nullopt;
}

bool IsAllocatable(const IpBlock& block, Instant now) {
  if (block.state == BlockState::kFree) return true;
  return block.state == BlockState::kQuarantined && block.reusable_at && *block.reusable_at <= now;
}

}  // namespace bizline
