#include "main/wiring.h"

#include "catalog/ipam_file.h"
#include "catalog/offer_file.h"
#include "catalog/sla_file.h"
#include "main/capabilities.h"

namespace bizline {

Result<std::unique_ptr<Wiring>> Wire(const std::string& db_url, std::size_t pool_size, const std::string& catalog_dir) {
  auto catalog = LoadCatalogDir(catalog_dir);
  if (!catalog) return catalog.error();
  auto ipam = LoadIpamDir(catalog_dir);
  if (!ipam) return ipam.error();
  auto sla = LoadSlaFile(std::filesystem::path(catalog_dir) / kSlaFileName);
  if (!sla) return sla.error();
  auto storage = SociStorage::Open(db_url, pool_size, AllRepositories());
  if (!storage) return storage.error();
  auto migrated = (*storage)->Migrate();
  if (!migrated) return migrated.error();
  auto w = std::make_unique<Wiring>();
  w->storage = std::move(*storage);
  w->auth = std::make_unique<AuthService>(*w->storage, w->clock, w->crypto);
  w->customers = std::make_unique<CustomerService>(*w->storage, w->clock);
  w->catalog = std::move(*catalog);
  w->ipam = std::move(*ipam);
  w->provisioning = std::make_unique<ProvisioningService>(w->catalog, w->ipam);
  // The address pools of ipam.yaml exist in the database before the first line is provisioned.
  if (auto seeded = w->provisioning->SeedPools(*w->storage); !seeded) return seeded.error();
  w->sla = std::make_shared<const SlaCatalog>(std::move(*sla));
  w->tier_follower = std::make_unique<TicketsFollowLineTier>(w->sla);
  w->products = std::make_unique<ProductService>(*w->storage, *w->provisioning, w->clock, w->tier_follower.get());
  w->line_provisioner = std::make_unique<ProvisioningLineProvisioner>(*w->provisioning);
  w->orders = std::make_unique<OrderService>(*w->storage, w->clock, w->catalog, *w->line_provisioner);
  w->tickets = std::make_unique<TicketService>(*w->storage, w->clock, w->sla);
  w->escalations = std::make_unique<EscalationService>(*w->storage, w->clock);
  w->notifications = std::make_unique<NotificationService>(*w->storage);
  return w;
}

http::Services ServicesOf(Wiring& w) {
  return http::Services{*w.auth,    *w.customers, w.catalog,      *w.orders,
                        *w.tickets, *w.products,  *w.escalations, *w.notifications};
}

}  // namespace bizline
