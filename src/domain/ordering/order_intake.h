// Accepting a new order (ORD-001 to ORD-003): the Order Form verdict (CheckOrderForm) plus what
// only an order being opened can be checked for — whether a compatible line is present (U-32,
// decides between ORD-022 and ORD-023) and a Rush Provisioning RFS date that is still ahead
// (ORD-039), and the implementation contacts given with it (ORD-008, ORD-009). OpenOrder then builds the acknowledged
// order with its rush request: the 2-business- day feasibility deadline (ORD-042) and the fee of the price list (T-20
// #16).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/catalog/option_ids.h"
#include "domain/ordering/order.h"
#include "domain/ordering/order_contacts.h"

namespace bizline {

struct OrderIntake {
  CustomerId customer;
  SiteId site;
  std::string external_id;
  OrderRequest request;
  std::optional<LinePresence> line;         // required: compatibleLine true or false
  std::vector<Violation> parse_violations;  // what could not be read
  std::vector<ContactInput> contacts;       // optional: ORD-008 persons named with the order
};

// Every reason the order cannot be accepted; empty when it can.
std::vector<Violation> CheckOrderIntake(const Catalog& catalog, const OrderIntake& intake, Instant now);

// The acknowledged order (ORD-003). Call only when CheckOrderIntake found nothing.
ProductOrder OpenOrder(const Catalog& catalog, const OrderIntake& intake, Instant now, UserId by);

// The SLA tier an order selects: its SLA option's tier, else the formula's default (SLA-004).
std::string SelectedSlaTier(const Catalog& catalog, const OrderRequest& request);

}  // namespace bizline
