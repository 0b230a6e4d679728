// The additional charges an order accrues during implementation, on top of the price list's
// fees for what was ordered: approved quotes (outside Business Hours, ORD-007; works, ORD-025,
// ORD-029, ORD-030, ORD-032; T-20 #17, #18) and installed indoor antennas (CAT-088, T-20 #15).
// Sent and declined quotes are not charged. Late activation adds nothing and takes nothing
// off (ORD-036: no compensation), nor does dropping mobile backup (CAT-089).
#pragma once

#include <string>
#include <vector>

#include "domain/ordering/order.h"

namespace bizline {

struct OrderCharge {
  std::string kind;  // the quote kind, or "indoorAntennas"
  std::string rule;
  std::string description;
  Cents amount;
  int quote_id = 0;  // 0 when the charge is not a quote

  friend bool operator==(const OrderCharge&, const OrderCharge&) = default;
};

std::vector<OrderCharge> AdditionalCharges(const ProductOrder& order);
Cents AdditionalChargesTotal(const ProductOrder& order);

}  // namespace bizline
