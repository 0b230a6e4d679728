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
// ProvisionLine also records the activation notice as a customer notification (outbox). The
// changes after activation (an added option, renumbering, a resolved RIPE-488 request) work
// the same way, inside the caller's transaction, and are what ProductService exposes to staff.
#pragma once

#include <string>
#include <vector>

#include "app/inventory/ports.h"
#include "domain/catalog/catalog.h"
#include "domain/inventory/option_change.h"
#include "domain/inventory/product.h"
#include "domain/inventory/renumbering.h"
#include "domain/ipam/ip_block.h"
#include "domain/ipam/ipam_config.h"
#include "domain/ordering/line_spec.h"

namespace bizline {

class ProvisioningService {
 public:
  ProvisioningService(const Catalog& catalog, const IpamConfig& ipam) : catalog_(catalog), ipam_(ipam) {}

  // Creates the carved blocks of every configured pool that the database does not have yet.
  // Idempotent; run at start-up. Returns how many blocks were added.
  Result<std::int64_t> SeedPools(Storage& storage) const;

  // Builds the line from the catalog, allocates its addresses, stores it as an active product
  // and enqueues the activation notice. CON-007: the contract starts at `activated_at`.
  Result<ProductId> ProvisionLine(Transaction& tx, const LineSpec& spec, Instant activated_at) const;

  // Marks the product terminated, sets the CPE's return date (CAT-045, X-33) and puts its
  // addresses in quarantine until `terminated_at + quarantine` (ipam.yaml), after which they may
  // be allocated again. They stay in Proximus' pools: assignments are not portable (IP-005).
  // A pending RIPE-488 request of the line is closed as rejected. FailedPrecondition when the
  // line is already terminated.
  Status TerminateLine(Transaction& tx, ProductId product, Instant terminated_at) const;

  // Stores an option change planned by PlanOptionChange: allocates the addresses it adds, or
  // records the RIPE-488 request of a large IP Pack (IP-008) and tells the customer (IP-009).
  Result<Product> ApplyOptionChange(Transaction& tx, const OptionChange& change, Instant now) const;

  // IP-006: gives the line new addresses for each target; the old ones go to quarantine. The
  // new block is allocated before the old one is released, so it is always a different one.
  Result<Product> Renumber(Transaction& tx, const Product& line, const std::vector<RenumberTarget>& targets,
                           Instant now) const;

  // IP-008, IP-009: approves (allocating the aligned block as the line's IP Pack) or rejects
  // (with `reason`) a pending RIPE-488 request, and tells the customer either way.
  Result<RipeRequest> ResolveRipeRequest(Transaction& tx, std::int64_t request_id, RipeStatus decision,
                                         const std::string& reason, UserId by, Instant now) const;

  const IpamConfig& ipam() const { return ipam_; }
  const Catalog& catalog() const { return catalog_; }

 private:
  const Catalog& catalog_;
  const IpamConfig& ipam_;
};

}  // namespace bizline
