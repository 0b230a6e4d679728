// The RIPE-488 path for IP Packs above /27 (IP-008, IP-009): where the forms are found, how a
// pending request is resolved, and how a large block is carved from IPAM: a run of adjacent
// blocks of the largest IP Pack pool, together aligned on the requested size, so the customer
// gets one CIDR block (e.g. 4 adjacent /27 starting on a /25 boundary make one /25).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/result.h"
#include "domain/ipam/ip_block.h"

namespace bizline {

// IP-009: RIPE-488 and its instructions RIPE-489 are sent by Proximus on request or found on
// the RIPE NCC website.
inline constexpr std::string_view kRipeFormsUrl = "https://www.ripe.net";
inline constexpr std::string_view kRipeFormsGuidance =
    "The RIPE NCC requires the RIPE-488 form (European IP Address Space Request Form) for assignments above /27; "
    "its instructions are in RIPE-489 (Supporting Notes for the European IP Address Space Request Form). Proximus "
    "sends both on request, and both are found on the RIPE NCC website, https://www.ripe.net.";
inline constexpr std::size_t kMaxRejectionReason = 2000;

// Checks a decision on `request`: it must be pending (else FailedPrecondition naming its
// status), the decision approved or rejected, and a rejection needs a reason (field
// "rejectionReason"). An approval takes no reason.
Status CheckRipeDecision(const RipeRequest& request, RipeStatus decision, const std::string& reason);

// How many blocks of `block_addresses` make one block of `size` addresses; 0 when `size` is not
// a multiple power of two of it.
std::size_t BlocksForSize(std::int64_t size, std::int64_t block_addresses);

// `keys` are the sorted start addresses of the allocatable blocks of a pool whose blocks have
// `block_addresses` addresses each. Returns the index of the first run of `count` adjacent
// blocks whose first address is aligned on count * block_addresses, if any.
std::optional<std::size_t> FindAlignedRun(const std::vector<std::int64_t>& keys, std::int64_t block_addresses,
                                          std::size_t count);

}  // namespace bizline
