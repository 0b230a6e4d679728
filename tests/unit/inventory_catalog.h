// The fixture catalog plus what the line operations read: the managed firewall and the
// configuration backup (DEF on Internet Pro+ and FFE, CAT-019, CFG-015) and a price-list item
// for firewall changes after the first week (CAT-076).
#pragma once

#include "catalog_fixture.h"

namespace bizline::testing {

inline constexpr std::int64_t kFirewallChangeCents = 7500;

inline Catalog InventoryCatalog(bool with_firewall_price = true) {
  Catalog base = FixtureCatalog();
  std::vector<ComponentDef> components = base.components();
  components.push_back(Component("managed-firewall", "CAT-019", false));
  ComponentDef backup = Component("configuration-backup", "CFG-015", false);
  backup.kind = ComponentKind::kSupport;
  components.push_back(backup);
  std::vector<Formula> formulas = base.formulas();
  for (Formula& f : formulas) {
    if (f.id == "internet-pro-plus" || f.id == "fullfiber-extended" || f.id == "temporary-fullfiber-extended") {
      f.components["managed-firewall"] = kDef;
      f.components["configuration-backup"] = kDef;
    }
  }
  std::vector<PriceItem> prices = base.prices();
  if (with_firewall_price) {
    prices.push_back({"managed-firewall-change",
                      "Managed firewall parameter change after the first week",
                      {"managed-firewall"},
                      {},
                      PriceType::kOneTime,
                      Cents(kFirewallChangeCents),
                      "CAT-076",
                      false});
  }
  return Catalog(components, formulas, base.port_profiles(), base.reserved_ports(), prices);
}

}  // namespace bizline::testing
