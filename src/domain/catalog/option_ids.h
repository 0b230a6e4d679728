// Option and characteristic identifiers of shared/spec/ids.md that code branches on (the rest
// of the catalog is data). One spelling for ordering, provisioning and line changes alike.
#pragma once

#include <string_view>

namespace bizline {

inline constexpr std::string_view kFixedIpv4OptionId = "fixed-ipv4";
inline constexpr std::string_view kIpPackOptionId = "ip-pack";
inline constexpr std::string_view kIpv4BlockSizeCharacteristic = "ipv4BlockSize";
inline constexpr std::string_view kMobileBackupOptionId = "mobile-backup";
inline constexpr std::string_view kManagedFirewallId = "managed-firewall";
inline constexpr std::string_view kRushOptionId = "rush-provisioning";
inline constexpr std::string_view kRushDateCharacteristic = "requestedReadyForService";

}  // namespace bizline
