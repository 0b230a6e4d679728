// Demo data for `bizline demo` and `make run`: the customers Acme and Globex with sites and
// representatives, and one login per kind of user (password "demo"). Loads only into an
// empty database, so running it twice changes nothing.
#pragma once

#include <memory>

#include "app/identity/auth_service.h"
#include "app/inventory/line_provisioner.h"
#include "app/inventory/provisioning_service.h"
#include "app/ordering/ports.h"
#include "app/party/customer_service.h"
#include "domain/sla/sla_catalog.h"

namespace bizline {

enum class DemoOutcome { kLoaded, kAlreadyPresent };

struct DemoLogin {
  std::string email;
  std::string role;
};

const std::vector<DemoLogin>& DemoLogins();

Result<DemoOutcome> LoadDemoData(Storage& storage, CustomerService& customers, AuthService& auth);

// A few active lines on different formulas for Acme and Globex, provisioned the way an
// activated order is (ProvisionLine, addresses from the demo pools of catalog/ipam.yaml), some
// months before `now`. Call once, after LoadDemoData answered kLoaded. Returns how many.
Result<int> LoadDemoLines(Storage& storage, const ProvisioningService& provisioning, Instant now);

// Orders in the implementation phase, placed through the order use case as a representative
// and the provisioning desk would (the same checks and notices): Acme's Liège warehouse
// acknowledged today with its contact named, Globex's Brugge office whose appointment passed
// and whose target activation date is weeks behind (the late-activation watch announces it,
// ORD-034), and a Temporary line for Acme's trade-fair stand with Rush Provisioning awaiting the
// feasibility answer (ORD-042). Call once, after LoadDemoData answered kLoaded. Returns how many.
Result<int> LoadDemoOrders(Storage& storage, const Catalog& catalog, LineProvisioner& provisioner, Instant now);

// Tickets on the demo lines (call after LoadDemoLines): an Acme P1 phoned three days ago and
// past its due instant (marked breached), a Globex ticket pending on the customer (Stop-Clock),
// a resolved Globex ticket, and today's Acme P2 and information request. Returns how many.
Result<int> LoadDemoTickets(Storage& storage, std::shared_ptr<const SlaCatalog> sla, Instant now);

}  // namespace bizline
