#include "domain/inventory/line_record.h"

namespace bizline {

std::string_view ToString(RouterSupply value) { return value == RouterSupply::kProximus ? "proximus" : "client"; }

std::string_view ToString(CpeCustody value) { return value == CpeCustody::kOnLoan ? "on-loan" : "to-be-returned"; }

std::string_view ToString(Ipv4Placement value) {
  switch (value) {
    case Ipv4Placement::kNone: return "";
    case Ipv4Placement::kProximusRouterInternetSide: return "proximus-router-internet-side";
    case Ipv4Placement::kClientRouterInternetSide: return "client-router-internet-side";
  }
  return "";
}

RouterSupply RouterSupplyOf(const Product& line) {
  return line.cpe.type == CpeType::kModem ? RouterSupply::kClient : RouterSupply::kProximus;
}

CpeCustody CpeCustodyOf(const Product& line) {
  return line.status == ProductStatus::kTerminated ? CpeCustody::kToBeReturned : CpeCustody::kOnLoan;
}

Ipv4Placement Ipv4PlacementOf(const Product& line) {
  if (line.addressing.ipv4_mode != AddressMode::kFixed || line.addressing.ipv4_address.empty()) {
    return Ipv4Placement::kNone;
  }
  // ORD-017: on a modem formula the router is the Client's; the address is still on its WAN side.
  return RouterSupplyOf(line) == RouterSupply::kProximus ? Ipv4Placement::kProximusRouterInternetSide
                                                         : Ipv4Placement::kClientRouterInternetSide;
}

bool FixedIpv4OnMobileBackup(const Product& line) {
  return line.mobile_backup == ComponentState::kIncluded && Ipv4PlacementOf(line) != Ipv4Placement::kNone;
}

}  // namespace bizline
