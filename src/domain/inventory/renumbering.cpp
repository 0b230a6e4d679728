#include "domain/inventory/renumbering.h"

#include <algorithm>
#include <string>

namespace bizline {

std::string_view ToString(RenumberTarget value) { return value == RenumberTarget::kFixedIpv4 ? "fixedIpv4" : "ipPack"; }

std::optional<RenumberTarget> ParseRenumberTarget(std::string_view text) {
  if (text == "fixedIpv4") return RenumberTarget::kFixedIpv4;
  if (text == "ipPack") return RenumberTarget::kIpPack;
  return std::nullopt;
}

Status CheckRenumbering(const Product& line, const std::vector<RenumberTarget>& targets) {
  if (line.status != ProductStatus::kActive) {
    return Error::Precondition("product " + std::to_string(line.id.value()) + " is terminated", "IP-005");
  }
  if (targets.empty()) return Error::Invalid("targets", "name what to renumber: fixedIpv4, ipPack or both", "IP-006");
  for (std::size_t i = 0; i < targets.size(); ++i) {
    std::string field = "targets[" + std::to_string(i) + "]";
    auto before = targets.begin() + static_cast<std::ptrdiff_t>(i);
    if (std::find(targets.begin(), before, targets[i]) != before) {
      return Error::Invalid(field, std::string(ToString(targets[i])) + " is named twice", "IP-006");
    }
    if (targets[i] == RenumberTarget::kFixedIpv4 && line.addressing.ipv4_address.empty()) {
      return Error::Invalid(field, "the line has no fixed IPv4 address to renumber", "IP-006");
    }
    if (targets[i] == RenumberTarget::kIpPack && line.addressing.ip_pack_ipv4_block.empty()) {
      return Error::Invalid(field, "the line has no allocated IP Pack block to renumber", "IP-006");
    }
  }
  return Ok{};
}

}  // namespace bizline
