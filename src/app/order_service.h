// Use cases on product orders (TMF622): open an order after the Order Form check (the same
// verdict as `bizline order check`), read and list them within the tenant boundary, and move
// them through the implementation phase (staff only: provisioning and admin roles). Each step
// commits with its customer notification (outbox) and, at activation, with the new line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ports/clock.h"
#include "app/ports/line_provisioner.h"
#include "app/ports/repositories.h"
#include "domain/catalog/catalog.h"
#include "domain/identity/role.h"
#include "domain/ordering/order_intake.h"
#include "domain/ordering/order_lifecycle.h"

namespace bizline {

// Either the stored order or every reason it was not accepted (then nothing was stored).
struct OrderCreation {
  std::optional<ProductOrder> order;
  std::vector<Violation> violations;
};

// A staff change of an order: a milestone step, a rush feasibility answer, or both (the
// answer first).
struct OrderChange {
  std::optional<OrderStep> step;
  struct RushAnswer {
    RushFeasibility decision = RushFeasibility::kPending;
    std::optional<RushRefusalReason> reason;
  };
  std::optional<RushAnswer> rush;
};

// Staff who run the implementation phase.
bool CanRunOrders(Role role);

class OrderService {
 public:
  OrderService(Storage& storage, const Clock& clock, const Catalog& catalog, LineProvisioner& provisioner)
      : storage_(storage), clock_(clock), catalog_(catalog), provisioner_(provisioner) {}

  // A representative orders for its own customer only; another customer is NotFound.
  Result<OrderCreation> Create(const Principal& principal, OrderIntake intake);
  Result<ProductOrder> Get(const Principal& principal, OrderId id);
  Result<Page<ProductOrder>> List(const Principal& principal, OrderFilter filter, PageRequest page);
  Result<ProductOrder> Change(const Principal& principal, OrderId id, const OrderChange& change);

 private:
  Storage& storage_;
  const Clock& clock_;
  const Catalog& catalog_;
  LineProvisioner& provisioner_;
};

}  // namespace bizline
