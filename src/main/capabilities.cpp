#include "main/capabilities.h"

#include <array>

namespace bizline {

// Each defined in main/capabilities/<name>.cpp.
Capability PartyCapability();
Capability IdentityCapability();
Capability NotificationCapability();
Capability CatalogCapability();
Capability InventoryCapability();
Capability OrderingCapability();
Capability TicketingCapability();
Capability UsageCapability();
Capability AvailabilityCapability();
Capability WebCapability();

std::span<const Capability> Capabilities() {
  static const std::array kCapabilities = {
      PartyCapability(),        IdentityCapability(), NotificationCapability(), CatalogCapability(),
      InventoryCapability(),    OrderingCapability(), TicketingCapability(),    UsageCapability(),
      AvailabilityCapability(), WebCapability(),
  };
  return kCapabilities;
}

RepositoryFactories AllRepositories() {
  RepositoryFactories factories;
  for (const Capability& capability : Capabilities()) {
    if (capability.add_repositories != nullptr) capability.add_repositories(factories);
  }
  return factories;
}

}  // namespace bizline
