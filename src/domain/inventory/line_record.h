// What the line record states beyond its stored attributes, derived from them so that it can
// never disagree with them: who supplies and configures the router (ORD-017, CAT-041..CAT-044),
// where the fixed IPv4 address is loaded (ORD-014, CAT-049), whether the mobile backup carries
// the fixed address too (CAT-081) and the custody of the lent CPE (CAT-045).
#pragma once

#include <string_view>

#include "domain/core/instant.h"
#include "domain/inventory/product.h"

namespace bizline {

// X-33, U-24: a terminated line's CPE is returned within 30 calendar days of the termination.
inline constexpr Seconds kCpeReturnPeriod = std::chrono::days(30);

// kProximus: Proximus delivers, installs and configures the router (CAT-041, CAT-042).
// kClient: Proximus supplies only a modem and the Client buys, installs and configures its own
// router; implementation does not include it (ORD-017, CAT-043, CAT-044).
enum class RouterSupply { kProximus, kClient };

// CAT-045: the CPE is lent for the duration of the contract and due back after termination.
enum class CpeCustody { kOnLoan, kToBeReturned };

// ORD-014, CAT-049: the fixed IPv4 address sits on the internet (WAN) side of the router.
enum class Ipv4Placement { kNone, kProximusRouterInternetSide, kClientRouterInternetSide };

std::string_view ToString(RouterSupply value);   // "proximus", "client"
std::string_view ToString(CpeCustody value);     // "on-loan", "to-be-returned"
std::string_view ToString(Ipv4Placement value);  // "", "proximus-router-internet-side", ...

RouterSupply RouterSupplyOf(const Product& line);
CpeCustody CpeCustodyOf(const Product& line);
Ipv4Placement Ipv4PlacementOf(const Product& line);
// CAT-081: the fixed IPv4 address of the line is also available on its mobile backup.
bool FixedIpv4OnMobileBackup(const Product& line);

}  // namespace bizline
