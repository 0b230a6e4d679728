// The bizline HTTP API: every route, and the dispatcher that authenticates, routes, maps
// errors and records metrics. Each endpoint family registers itself from its own file.
#pragma once

#include "app/identity/auth_service.h"
#include "app/inventory/product_service.h"
#include "app/notification/notification_service.h"
#include "app/ordering/order_service.h"
#include "app/party/customer_service.h"
#include "app/ticketing/escalation_service.h"
#include "app/ticketing/ticket_service.h"
#include "domain/catalog/catalog.h"
#include "http/core/metrics.h"
#include "http/core/router.h"
#include "http/core/server.h"

namespace bizline::http {

// The use cases the API calls. Later capabilities add theirs here.
struct Services {
  AuthService& auth;
  CustomerService& customers;
  const Catalog& catalog;  // loaded at start-up (TMF620)
  OrderService& orders;
  TicketService& tickets;
  ProductService& products;            // TMF637 inventory
  EscalationService& escalations;      // native: ESC, T-17
  NotificationService& notifications;  // native: the outbox, per customer
};

void AddSystemRoutes(Router& router, const Metrics& metrics);
void AddAuthRoutes(Router& router, AuthService& auth);
void AddCustomerRoutes(Router& router, CustomerService& customers);
void AddPartyRoutes(Router& router, CustomerService& customers);
void AddCatalogRoutes(Router& router, const Catalog& catalog);
void AddOrderRoutes(Router& router, OrderService& orders);
void AddTicketRoutes(Router& router, TicketService& tickets);
void AddEscalationRoutes(Router& router, EscalationService& escalations);
void AddProductRoutes(Router& router, ProductService& products);
void AddNotificationRoutes(Router& router, NotificationService& notifications);

// Registers every route of the API.
void RegisterRoutes(Router& router, Services& services, const Metrics& metrics);

class ApiDispatcher final : public Dispatcher {
 public:
  ApiDispatcher(Services& services, Metrics& metrics);
  std::size_t BodyLimit(Method method, const std::string& target) const override;
  Response Handle(Request& request) override;
  const Router& router() const { return router_; }

 private:
  Response Dispatch(Request& request);
  Services& services_;
  Metrics& metrics_;
  Router router_;
};

}  // namespace bizline::http
