// The product inventory (TMF637): reading the lines of a customer, and the staff operations on
// an active line after activation: termination, an added option, renumbering (IP-006), the
// RIPE-488 requests of large IP Packs (IP-008, IP-009) and managed-firewall change requests
// (CAT-072..CAT-076). A customer representative sees only its own customer's products and RIPE
// requests; another customer's answers NotFound. Who may change a line, record a firewall change
// request or decide a RIPE-488 request is the permission table's (app/access/permissions.h).
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "app/core/clock.h"
#include "app/inventory/ports.h"
#include "app/inventory/provisioning_service.h"
#include "app/ipam/ports.h"
#include "domain/identity/role.h"
#include "domain/inventory/firewall_change.h"
#include "domain/inventory/option_change.h"
#include "domain/inventory/renumbering.h"

namespace bizline {

class ProductService {
 public:
  // `tier_follower` (may be null) is told when an option changes a line's SLA tier (DESK-028).
  ProductService(Storage& storage, const ProvisioningService& provisioning, const Clock& clock,
                 LineTierFollower* tier_follower = nullptr)
      : storage_(storage), provisioning_(provisioning), clock_(clock), tier_follower_(tier_follower) {}

  Result<Page<Product>> List(const Principal& principal, ProductFilter filter, PageRequest page);
  Result<Product> Get(const Principal& principal, ProductId id);

  // Terminates the line on `date` (absent: now); see PlanTermination and TerminateLine.
  Result<Product> Terminate(const Principal& principal, ProductId id, std::optional<Instant> date);
  // ORD-041 and the catalog: adds one option to the active line.
  Result<Product> AddOption(const Principal& principal, ProductId id, const OptionRequest& request);
  // IP-006: new addresses for the targets, the old ones to quarantine.
  Result<Product> Renumber(const Principal& principal, ProductId id, const std::vector<RenumberTarget>& targets);

  // CAT-074..CAT-076: records a firewall parameter change request on the line.
  Result<FirewallChangeRequest> RequestFirewallChange(const Principal& principal, ProductId id, std::string description,
                                                      const std::string& channel);
  Result<std::vector<FirewallChangeRequest>> FirewallChanges(const Principal& principal, ProductId id);

  Result<Page<RipeRequest>> ListRipeRequests(const Principal& principal, RipeFilter filter, PageRequest page);
  Result<RipeRequest> GetRipeRequest(const Principal& principal, std::int64_t id);
  // IP-008: approves or rejects a pending request (provisioning or admin).
  Result<RipeRequest> ResolveRipeRequest(const Principal& principal, std::int64_t id, RipeStatus decision,
                                         const std::string& reason);

 private:
  Storage& storage_;
  const ProvisioningService& provisioning_;
  const Clock& clock_;
  LineTierFollower* tier_follower_;
};

}  // namespace bizline
