// Provisioning: turns an order that reached "configured and activated" into an active line in
// the product inventory (TMF637), with its addresses from IPAM, and takes a terminated line
// out again, returning its addresses to their pool for a quarantine period.
//
// Both entry points work inside the CALLER's transaction, so the order use case can activate
// the line and advance the order atomically:
//
//   auto tx = storage.Begin(TxMode::kWrite);
//   auto product = provisioning.ProvisionLine(**tx, spec, activated_at);
//   if (!product) return product.error();   // the transaction is spent: drop it
//   ... update the order ...
//   (*tx)->Commit();
//
// ProvisionLine also records the activation notice as a customer notification (outbox).
#pragma once

#include <string>
#include <vector>

#include "app/ports/repositories.h"
#include "domain/catalog/catalog.h"
#include "domain/inventory/product.h"
#include "domain/ipam/ipam_config.h"
#include "domain/ordering/order_request.h"

namespace bizline {

// What an activated order line says about the line to build.
struct LineSpec {
  CustomerId customer;
  SiteId site;
  std::string order_ref;  // the product order's id, e.g. "42" (TMF622)
  std::string formula;
  std::vector<OrderOption> options;  // as ordered, with characteristics (ipv4BlockSize)
  WifiChoice wifi = WifiChoice::kUnstated;
  std::string sla_tier;         // empty: the ordered SLA option or the formula's default
  int initial_term_months = 0;  // 0: kDefaultInitialTermMonths (CON-008)
  std::string cpe_serial;       // empty: a provisional serial from the order reference
};

class ProvisioningService {
 public:
  ProvisioningService(const Catalog& catalog, const IpamConfig& ipam) : catalog_(catalog), ipam_(ipam) {}

  // Creates the carved blocks of every configured pool that the database does not have yet.
  // Idempotent; run at start-up. Returns how many blocks were added.
  Result<std::int64_t> SeedPools(Storage& storage) const;

  // Builds the line from the catalog, allocates its addresses, stores it as an active product
  // and enqueues the activation notice. CON-007: the contract starts at `activated_at`.
  Result<ProductId> ProvisionLine(Transaction& tx, const LineSpec& spec, Instant activated_at) const;

  // Marks the product terminated and puts its addresses in quarantine until
  // `terminated_at + quarantine` (ipam.yaml), after which they may be allocated again.
  Status TerminateLine(Transaction& tx, ProductId product, Instant terminated_at) const;

  const IpamConfig& ipam() const { return ipam_; }

 private:
  const Catalog& catalog_;
  const IpamConfig& ipam_;
};

}  // namespace bizline
