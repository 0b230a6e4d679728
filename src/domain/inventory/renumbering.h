// IP-006: Proximus may renumber a Client's assignment at any time and without notice. What can
// be renumbered on a line: its fixed IPv4 address and its IP Pack's IPv4 block (the pack's IPv6
// part follows the line's /56, CAT-059, and does not change). Allocation and quarantine are
// IPAM's; this says what a renumbering request means for a given line.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/core/result.h"
#include "domain/inventory/product.h"

namespace bizline {

enum class RenumberTarget { kFixedIpv4, kIpPack };

std::string_view ToString(RenumberTarget value);  // "fixedIpv4", "ipPack"
std::optional<RenumberTarget> ParseRenumberTarget(std::string_view text);

// Checks every target against the line: it must be active and hold what is renumbered (a fixed
// IPv4 address; an allocated IP Pack block, not a pending RIPE-488 request). Targets must not
// repeat. Errors name "targets[i]".
Status CheckRenumbering(const Product& line, const std::vector<RenumberTarget>& targets);

}  // namespace bizline
