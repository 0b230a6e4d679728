// Builds the active line of an activated order from the catalog: a pure function, so every
// rule of what a line includes is tested without a database. It reads the formula's tables
// (speeds T-06..T-08, IP T-09, mailboxes T-10, ports T-11, CPE, wifi, firewall, mobile backup,
// SLA tier) from the loaded Catalog and never re-encodes them. Addresses are not chosen here:
// the result says which ones IPAM must allocate.
#pragma once

#include <string>
#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/core/result.h"
#include "domain/inventory/product.h"
#include "domain/ordering/order_request.h"

namespace bizline {

// The order's line as far as the product depends on it.
struct LineOrder {
  std::string order_ref;
  std::string formula;
  std::vector<OrderOption> options;
  WifiChoice wifi = WifiChoice::kUnstated;
  std::string sla_tier;         // empty: the ordered SLA option or the formula default
  int initial_term_months = 0;  // 0: kDefaultInitialTermMonths (CON-008)
  std::string cpe_serial;       // empty: provisional, from the order reference
};

// What IPAM must hand out for the line.
struct AddressNeeds {
  AddressMode ipv4 = AddressMode::kDynamic;  // kFixed: one /32 (CAT-047, CAT-054)
  AddressMode ipv6 = AddressMode::kDynamic;  // kFixed: one /56 (CAT-048)
  int ip_pack_size = 0;                      // 4..32: an aligned IPv4 block (CAT-057); 0: none
};

struct LineDraft {
  Product product;  // status active, addressing modes set, addresses still empty
  AddressNeeds needs;
};

// Errors name the field in the order's spelling ("options[1].ipv4BlockSize") and the rule.
Result<LineDraft> BuildLine(const Catalog& catalog, const LineOrder& order, Instant activated_at);

// CON-008: the end of the initial term, `months` calendar months after `start` in Brussels
// local time (the 31st becomes the month's last day when the month is shorter).
Instant InitialTermEnd(Instant start, int months);

}  // namespace bizline
