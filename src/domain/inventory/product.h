// The active line as the product inventory records it (TMF637 Product): what the customer has
// at one site after activation. Speeds, CPE, wifi, open ports, mailboxes, firewall, mobile
// backup and SLA tier are read from the catalog when the line is built (line_builder.h); the
// addresses come from IPAM. CON-007: the contract starts on the activation date; CON-008: the
// initial term runs from there.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/core/enum_names.h"
#include "domain/core/ids.h"
#include "domain/core/instant.h"

namespace bizline {

// TMF637 product status values used by bizline.
enum class ProductStatus { kActive, kTerminated };

// kNotAvailable: the formula or an option rules wifi out (CAT-095, CAT-096, CAT-097).
enum class WifiState { kOn, kOff, kNotAvailable };

enum class ComponentState { kIncluded, kNotIncluded };

// The names of every ProductStatus, for parsing and for saying what is allowed.
extern const EnumNames<ProductStatus, 2> kProductStatusNames;
std::string_view ToString(ProductStatus value);
std::string_view ToString(WifiState value);
std::string_view ToString(ComponentState value);
std::optional<ProductStatus> ParseProductStatus(std::string_view text);
std::optional<WifiState> ParseWifiState(std::string_view text);
std::optional<ComponentState> ParseComponentState(std::string_view text);

struct Cpe {
  CpeType type = CpeType::kRouter;  // CAT-041/042 router, CAT-043/044 modem
  std::string serial;
};

// The line's addressing. Dynamic modes carry no address: the access network hands one out.
struct LineAddressing {
  AddressMode ipv4_mode = AddressMode::kDynamic;
  std::string ipv4_address;  // "198.51.100.7" when fixed (CAT-047, CAT-054)
  AddressMode ipv6_mode = AddressMode::kDynamic;
  std::string ipv6_prefix;  // "2001:db8:40:100::/56" when fixed (CAT-048)
  // IP Pack (CAT-056..CAT-060): an aligned IPv4 block, the routed second /57 of the /56 and the
  // customer's gateway address in it ending in ::10/64.
  std::string ip_pack_ipv4_block;    // "203.0.113.8/29"
  std::string ip_pack_ipv6_prefix;   // "2001:db8:40:180::/57"
  std::string ip_pack_ipv6_gateway;  // "2001:db8:40:180::10/64"
  // IP-008: an IP Pack above /27 is not allocated; a RIPE-488 request is pending instead.
  int ripe_pending_block_size = 0;
};

struct Product {
  ProductId id;
  CustomerId customer_id;
  SiteId site_id;
  std::string order_ref;
  std::string formula;               // the formula id of ids.md
  std::string name;                  // the formula's display name
  std::vector<std::string> options;  // ordered option ids
  ProductStatus status = ProductStatus::kActive;
  std::optional<Speed> speed;  // absent where the contract states none
  Cpe cpe;
  WifiState wifi = WifiState::kOn;
  std::vector<OpenPort> open_ports;                                // T-11, opened at installation (CAT-061)
  std::vector<int> reserved_ports;                                 // never open for the customer (CFG-034: 23)
  Mailboxes mailboxes;                                             // T-10
  ComponentState managed_firewall = ComponentState::kNotIncluded;  // CAT-019
  ComponentState mobile_backup = ComponentState::kNotIncluded;     // CAT-020, CAT-090
  std::string sla_tier;
  LineAddressing addressing;
  Instant contract_start{};     // CON-007: the activation instant
  int initial_term_months = 0;  // CON-008
  Instant initial_term_end{};   // CON-008: contract start + the initial term, Brussels calendar
  std::optional<Instant> terminated_at;
  // ORD-013, CFG-014: the first configuration backup, made at activation where the formula has
  // the configuration backup component; absent where it does not apply.
  std::optional<Instant> first_config_backup_at;
  // CAT-045: the CPE is lent for the duration of the contract; on termination it is due back by
  // this instant (X-33, U-24: 30 calendar days after the effective termination date).
  std::optional<Instant> cpe_return_due;
  // The User-Name its RADIUS accounting carries (issue 11): unique, set at provisioning.
  std::string radius_user_name;
};

// The RADIUS User-Name a line gets at provisioning unless one is given (an imported line keeps
// the name its NAS already sends).
std::string DefaultRadiusUserName(ProductId id);

}  // namespace bizline
