// Builds the object graph the commands share: storage, clock, crypto and the use cases.
#pragma once

#include <memory>
#include <string>

#include "app/identity/auth_service.h"
#include "app/inventory/line_provisioner.h"
#include "app/inventory/product_service.h"
#include "app/inventory/provisioning_service.h"
#include "app/notification/notification_service.h"
#include "app/ordering/order_service.h"
#include "app/ordering/ports.h"
#include "app/party/customer_service.h"
#include "app/ticketing/escalation_service.h"
#include "app/ticketing/ticket_changes.h"
#include "app/ticketing/ticket_service.h"
#include "domain/catalog/catalog.h"
#include "domain/ipam/ipam_config.h"
#include "http/core/api.h"
#include "storage/core/soci_storage.h"

namespace bizline {

struct Wiring {
  std::unique_ptr<SociStorage> storage;
  SystemClock clock;
  SodiumCrypto crypto;
  std::unique_ptr<AuthService> auth;
  std::unique_ptr<CustomerService> customers;
  Catalog catalog;  // catalog/offer.yaml + prices.yaml, loaded at start-up
  IpamConfig ipam;  // catalog/ipam.yaml
  std::unique_ptr<ProvisioningService> provisioning;
  std::unique_ptr<TicketsFollowLineTier> tier_follower;
  std::unique_ptr<ProductService> products;
  std::unique_ptr<LineProvisioner> line_provisioner;
  std::unique_ptr<OrderService> orders;
  std::shared_ptr<const SlaCatalog> sla;  // catalog/sla.yaml (T-15)
  std::unique_ptr<TicketService> tickets;
  std::unique_ptr<EscalationService> escalations;
  std::unique_ptr<NotificationService> notifications;
};

// Opens the database, applies pending migrations, loads the catalog files of `catalog_dir`
// (an invalid file fails with its file:line:col errors) and builds the use cases.
Result<std::unique_ptr<Wiring>> Wire(const std::string& db_url, std::size_t pool_size, const std::string& catalog_dir);

// The use cases the HTTP API calls, from the wiring.
http::Services ServicesOf(Wiring& wiring);

}  // namespace bizline
