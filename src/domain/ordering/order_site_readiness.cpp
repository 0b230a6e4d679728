#include "domain/ordering/order_site_readiness.h"

#include <algorithm>

namespace bizline {

std::vector<SiteItem> ApplicableSiteItems(std::optional<Technology> technology) {
  std::vector<SiteItem> items;
  for (int i = 0; i < kSiteItemCount; ++i) {
    auto item = static_cast<SiteItem>(i);
    if (item == SiteItem::kTelephoneLinePoint && technology == Technology::kFiber) continue;  // SITE-006, X-38
    items.push_back(item);
  }
  return items;
}

bool IsConfirmed(const ProductOrder& order, SiteItem item) {
  return std::any_of(order.site_readiness.begin(), order.site_readiness.end(),
                     [item](const SiteConfirmation& c) { return c.item == item; });
}

Status ConfirmSiteItems(ProductOrder& order, const std::vector<SiteItem>& items, Instant now, UserId by) {
  if (items.empty()) return Ok{};
  bool before_installation = !IsFinal(order.milestone) && order.milestone != OrderMilestone::kInstalled &&
                             order.milestone != OrderMilestone::kActivated &&
                             order.milestone != OrderMilestone::kTested;
  if (!before_installation) {
    return Error::Precondition("the site prerequisites are confirmed before installation; this order is " +
                                   std::string(ToString(order.milestone)),
                               "SITE-001");
  }
  for (SiteItem item : items) {
    if (!IsConfirmed(order, item)) order.site_readiness.push_back({item, now, by});
  }
  return Ok{};
}

std::vector<SiteItem> MissingSiteItems(const ProductOrder& order, std::optional<Technology> technology) {
  std::vector<SiteItem> missing;
  for (SiteItem item : ApplicableSiteItems(technology)) {
    if (!IsConfirmed(order, item)) missing.push_back(item);
  }
  return missing;
}

Status CheckSiteReady(const ProductOrder& order, std::optional<Technology> technology) {
  std::vector<SiteItem> missing = MissingSiteItems(order, technology);
  if (missing.empty()) return Ok{};
  std::string list, rules;
  for (std::size_t i = 0; i < missing.size(); ++i) {
    std::string rule(RuleOf(missing[i]));
    list += (i ? ", " : "") + std::string(ToString(missing[i])) + " (" + rule + ")";
    rules += (i ? "," : "") + rule;
  }
  Error e = Error::Precondition(
      "the Client has not confirmed every technical prerequisite of Annex 1 at the Site: " + list + " missing", rules);
  e.field = "siteReadiness";
  return e;
}

}  // namespace bizline
