#include "main/capabilities.h"

#include <array>

#include "storage/identity/repositories.h"
#include "storage/inventory/repositories.h"
#include "storage/ipam/repositories.h"
#include "storage/notification/repositories.h"
#include "storage/ordering/repositories.h"
#include "storage/party/repositories.h"
#include "storage/ticketing/repositories.h"

namespace bizline {

std::span<const Capability> Capabilities() {
  static const std::array kCapabilities = {
      Capability{"party", AddPartyRepositories},
      Capability{"identity", AddIdentityRepositories},
      Capability{"notification", AddNotificationRepositories},
      Capability{"ipam", AddIpamRepositories},
      Capability{"inventory", AddInventoryRepositories},
      Capability{"ordering", AddOrderingRepositories},
      Capability{"ticketing", AddTicketingRepositories},
  };
  return kCapabilities;
}

RepositoryFactories AllRepositories() {
  RepositoryFactories factories;
  for (const Capability& capability : Capabilities()) capability.add_repositories(factories);
  return factories;
}

}  // namespace bizline
