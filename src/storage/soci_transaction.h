// One unit of work on one pooled connection: BEGIN on construction, ROLLBACK on destruction
// unless committed. On SQLite a write transaction starts IMMEDIATE so that two writers queue
// on the busy timeout instead of failing on a lock upgrade.
#pragma once

#include <soci/soci.h>

#include "app/ports/repositories.h"
#include "storage/customer_repository.h"
#include "storage/escalation_repository.h"
#include "storage/ipam_repository.h"
#include "storage/notification_repository.h"
#include "storage/order_repository.h"
#include "storage/product_repository.h"
#include "storage/soci_storage.h"
#include "storage/ticket_repository.h"
#include "storage/user_repository.h"

namespace bizline {

class SociTransaction final : public Transaction {
 public:
  SociTransaction(soci::connection_pool& pool, Dialect dialect, TxMode mode);
  ~SociTransaction() override;

  CustomerRepository& customers() override { return customers_; }
  UserRepository& users() override { return users_; }
  NotificationRepository& notifications() override { return notifications_; }
  OrderRepository& orders() override { return orders_; }
  TicketRepository& tickets() override { return tickets_; }
  ProductRepository& products() override { return products_; }
  IpamRepository& ipam() override { return ipam_; }
  EscalationRepository& escalations() override { return escalations_; }
  Status Commit() override;

 private:
  soci::session session_;
  Dialect dialect_;
  bool open_ = true;
  SociCustomerRepository customers_;
  SociUserRepository users_;
  SociNotificationRepository notifications_;
  SociOrderRepository orders_{session_};
  SociProductRepository products_{session_};
  SociIpamRepository ipam_{session_, dialect_};
  SociTicketRepository tickets_;
  SociEscalationRepository escalations_{session_};
};

}  // namespace bizline
