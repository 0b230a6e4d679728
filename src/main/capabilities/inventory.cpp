// Inventory and IPAM: provisioning lines with their addresses, the lines customers hold (TMF637)
// and their changes. It offers ordering the LineProvisioner port, and takes followers of a
// line's SLA tier (LineTierFollowers) from the capabilities after it.
#include "app/inventory/line_import.h"
#include "app/inventory/line_metrics.h"
#include "app/inventory/line_provisioner.h"
#include "app/inventory/line_tier_followers.h"
#include "app/inventory/product_service.h"
#include "app/inventory/provisioning_service.h"
#include "app/inventory/service_windows.h"
#include "http/inventory/metrics_text.h"
#include "http/inventory/routes.h"
#include "main/assembly.h"
#include "main/capabilities.h"
#include "storage/inventory/repositories.h"
#include "storage/ipam/repositories.h"

namespace bizline {

Capability InventoryCapability() {
  return {
      "inventory",
      [](RepositoryFactories& factories) {
        AddInventoryRepositories(factories);
        AddIpamRepositories(factories);
      },
      [](Assembly& a) -> Status {
        Platform& p = a.platform();
        auto& provisioning = a.Make<ProvisioningService>(p.catalog, p.ipam);
        // The address pools of ipam.yaml exist in the database before the first line is provisioned.
        TRY(provisioning.SeedPools(*p.storage));
        a.MakeAs<LineProvisioner, ProvisioningLineProvisioner>(provisioning);
        a.Make<LineImporter>(*p.storage, provisioning, p.clock);
        auto& followers = a.Make<LineTierFollowers>();
        auto& products = a.Make<ProductService>(*p.storage, provisioning, p.clock, &followers);
        auto& windows = a.Make<ServiceWindows>(p.sla);
        a.AddRoutes([&products, &windows](http::Router& router) { http::AddProductRoutes(router, products, windows); });
        a.AddMetrics([&p] { return http::RenderLineMetrics(ReadLineMetrics(*p.storage)); });
        return Ok{};
      }};
}

}  // namespace bizline
