// Ports of the ordering capability: product orders, and the line provisioner an order's activation calls.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/core/page.h"
#include "app/core/storage.h"
#include "domain/ordering/line_spec.h"
#include "domain/ordering/order.h"

namespace bizline {

// Product orders (TMF622) with their options and milestone history.
struct OrderFilter {
  std::optional<CustomerId> only;  // set for a customer representative: the tenant boundary
  std::optional<OrderState> state;
  std::optional<OrderMilestone> milestone;
  std::optional<std::string> external_id;
  std::optional<std::string> formula;
  std::optional<CivilDay> late_on;  // ORD-034: past their target activation date on that day, not activated
};

class OrderRepository {
 public:
  virtual ~OrderRepository() = default;
  // Stores the order with its options and history; the stored version is 1.
  virtual Result<OrderId> Insert(const ProductOrder& order) = 0;
  // Rewrites the order's row and appends the history entries not stored yet. Fails with
  // kFailedPrecondition when `order.version` is not the stored one (a concurrent change won).
  virtual Status Update(const ProductOrder& order) = 0;
  virtual Result<ProductOrder> Get(OrderId id) = 0;
  virtual Result<Page<ProductOrder>> List(const OrderFilter& filter, PageRequest page) = 0;
  // ORD-034: late orders (as OrderFilter::late_on) with no late notice for their current target
  // date yet, by id.
  virtual Result<std::vector<OrderId>> LateUnannounced(CivilDay today, int limit) = 0;
};

// The seam between ordering and provisioning: when an order reaches "configured and activated"
// (ORD-012 to ORD-016) the order use case asks for the line to be built inside its own
// transaction, so the order step and the new product commit or roll back together. The inventory
// capability implements it (app/inventory/line_provisioner.h); app tests substitute a double.
class LineProvisioner {
 public:
  virtual ~LineProvisioner() = default;
  virtual Result<ProductId> ProvisionLine(Transaction& tx, const LineSpec& spec, Instant activated_at) = 0;
};

inline OrderRepository& Orders(Transaction& tx) { return tx.Repository<OrderRepository>(); }

}  // namespace bizline
