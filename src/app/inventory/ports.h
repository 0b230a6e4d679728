// Ports of the inventory capability: the lines customers hold.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/core/page.h"
#include "app/core/storage.h"
#include "domain/inventory/firewall_change.h"
#include "domain/inventory/product.h"

namespace bizline {

// The product inventory: active and terminated lines (TMF637).
struct ProductFilter {
  std::optional<CustomerId> only;  // set for a customer representative: the tenant boundary
  std::optional<CustomerId> customer;
  std::optional<SiteId> site;
  std::optional<ProductStatus> status;
  std::optional<std::string> formula;
};

class ProductRepository {
 public:
  virtual ~ProductRepository() = default;
  virtual Result<ProductId> Insert(const Product& product) = 0;
  virtual Status UpdateAddressing(ProductId id, const LineAddressing& addressing) = 0;
  // Only an active product; sets the CPE's return date too (CAT-045). FailedPrecondition when
  // it is not active (terminated concurrently).
  virtual Status MarkTerminated(ProductId id, Instant at, Instant cpe_return_due) = 0;
  // Rewrites what an option change alters: options, speed, wifi, mobile backup, SLA tier and
  // addressing. Only an active product (FailedPrecondition otherwise).
  virtual Status UpdateLine(const Product& product) = 0;
  // Holds the product's row until the transaction ends (PostgreSQL: FOR UPDATE; SQLite's write
  // transactions already run one at a time), so two changes of one line never interleave.
  virtual Status Lock(ProductId id) = 0;
  virtual Result<Product> Get(ProductId id) = 0;
  virtual Result<Page<Product>> List(const ProductFilter& filter, PageRequest page) = 0;
  // The line whose RADIUS User-Name this is (issue 11); NotFound when none carries it.
  virtual Result<Product> FindByRadiusUserName(const std::string& user_name) = 0;
  // Every line that carries a RADIUS User-Name, in id order, one at a time (a bulk usage import
  // looks at all of them without holding them all).
  virtual Status ForEachLine(const std::function<Status(const Product&)>& visit) = 0;
  // AlreadyExists when another line carries the name (it is unique).
  virtual Status SetRadiusUserName(ProductId id, const std::string& user_name) = 0;
  // Managed-firewall change requests of a line (CAT-072..CAT-076), oldest first.
  virtual Result<std::int64_t> InsertFirewallChange(const FirewallChangeRequest& request) = 0;
  virtual Result<std::vector<FirewallChangeRequest>> FirewallChangesOf(ProductId product) = 0;
};

// Told, inside the transaction that changed it, that a line's SLA tier changed. The ticketing
// capability implements it (DESK-028: the line's open tickets follow the new tier), so inventory
// never depends on ticketing.
class LineTierFollower {
 public:
  virtual ~LineTierFollower() = default;
  virtual Status LineTierChanged(Transaction& tx, const Product& line, Instant now) = 0;
};

inline ProductRepository& Products(Transaction& tx) { return tx.Repository<ProductRepository>(); }

}  // namespace bizline
