#include "domain/ordering/order_charges.h"

#include "domain/ordering/order_quotes.h"

namespace bizline {

std::vector<OrderCharge> AdditionalCharges(const ProductOrder& order) {
  std::vector<OrderCharge> charges;
  for (const OrderQuote& q : order.quotes) {
    if (q.status != QuoteStatus::kApproved) continue;
    charges.push_back({std::string(ToString(q.kind)), std::string(ChargeRuleOf(q.kind)), q.reason, q.amount, q.id});
  }
  const MobileBackupCoverage& m = order.mobile_backup;
  if (m.antennas > 0) {
    charges.push_back({"indoorAntennas", "CAT-088", std::to_string(m.antennas) + " indoor antenna(s) for mobile backup",
                       m.antenna_price * m.antennas, 0});
  }
  return charges;
}

Cents AdditionalChargesTotal(const ProductOrder& order) {
  Cents total;
  for (const OrderCharge& c : AdditionalCharges(order)) total = total + c.amount;
  return total;
}

}  // namespace bizline
