#include "domain/ipam/ripe.h"

namespace bizline {

Status CheckRipeDecision(const RipeRequest& request, RipeStatus decision, const std::string& reason) {
  if (request.status != RipeStatus::kPending) {
    return Error::Precondition(
        "RIPE-488 request " + std::to_string(request.id) + " is already " + std::string(ToString(request.status)),
        "IP-008");
  }
  if (decision == RipeStatus::kPending) {
    return Error::Invalid("status", "resolve the request as approved or rejected", "IP-008");
  }
  bool blank = reason.find_first_not_of(" \t\r\n") == std::string::npos;
  if (decision == RipeStatus::kRejected && blank) {
    return Error::Invalid("rejectionReason", "a rejected RIPE-488 request needs the reason the customer is told",
                          "IP-008");
  }
  if (decision == RipeStatus::kApproved && !reason.empty()) {
    return Error::Invalid("rejectionReason", "an approval takes no rejection reason");
  }
  if (reason.size() > kMaxRejectionReason) {
    return Error::Invalid("rejectionReason", "at most " + std::to_string(kMaxRejectionReason) + " characters");
  }
  return Ok{};
}

std::size_t BlocksForSize(std::int64_t size, std::int64_t block_addresses) {
  if (block_addresses <= 0 || size < block_addresses || size % block_addresses != 0) return 0;
  std::int64_t count = size / block_addresses;
  if ((count & (count - 1)) != 0) return 0;  // a CIDR block: a power of two of blocks
  return static_cast<std::size_t>(count);
}

std::optional<std::size_t> FindAlignedRun(const std::vector<std::int64_t>& keys, std::int64_t block_addresses,
                                          std::size_t count) {
  if (count == 0 || block_addresses <= 0) return std::nullopt;
  const std::int64_t span = static_cast<std::int64_t>(count) * block_addresses;
  for (std::size_t i = 0; i + count <= keys.size(); ++i) {
    if (keys[i] % span != 0) continue;
    // Sorted and distinct: the run is adjacent exactly when its last key is where it should be.
    if (keys[i + count - 1] == keys[i] + span - block_addresses) return i;
  }
  return std::nullopt;
}

}  // namespace bizline
