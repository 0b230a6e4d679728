// Annex 1 (SITE-001 to SITE-008): the technical prerequisites the Client makes sure of at its
// Site. The Client (or staff on its behalf) confirms them item by item on the order; the order
// cannot move to `installed` until every item that applies to its technology is confirmed.
#pragma once

#include <optional>
#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/core/result.h"
#include "domain/ordering/order.h"

namespace bizline {

// The items that apply to a line of `technology`; all eight when it is not known.
// SITE-006 (a connection point on the Client's telephone line within 20 m of the router) is
// for copper only: a copper line is delivered over the Client's telephone pair, so the router
// must be cabled to a point of that line; a fiber line enters through the Proximus fiber
// building entry and its ONT (SITE-001, SITE-002) and uses no telephone line. On the
// Essential formulas the distance is measured from the modem.
std::vector<SiteItem> ApplicableSiteItems(std::optional<Technology> technology);

// Records the Client's confirmation of `items` (those confirmed before keep their first date).
// Only before installation: afterwards the prerequisites are moot.
Status ConfirmSiteItems(ProductOrder& order, const std::vector<SiteItem>& items, Instant now, UserId by);

bool IsConfirmed(const ProductOrder& order, SiteItem item);

// The applicable items not confirmed yet, in Annex 1 order.
std::vector<SiteItem> MissingSiteItems(const ProductOrder& order, std::optional<Technology> technology);

// FailedPrecondition listing every missing item with its SITE ID, or Ok.
Status CheckSiteReady(const ProductOrder& order, std::optional<Technology> technology);

}  // namespace bizline
