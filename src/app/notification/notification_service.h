// Reading what bizline told a customer: the notifications of its outbox, sent, pending or
// failed. Staff read any customer's (an install without SMTP still shows them); a customer
// representative reads its own customer's, and another customer's answers NotFound.
#pragma once

#include <optional>

#include "app/notification/ports.h"
#include "domain/identity/role.h"

namespace bizline {

class NotificationService {
 public:
  explicit NotificationService(Storage& storage) : storage_(storage) {}

  // `customer` may be omitted by a representative (its own); staff must name one.
  Result<Page<Notification>> List(const Principal& principal, std::optional<CustomerId> customer, PageRequest page);

 private:
  Storage& storage_;
};

}  // namespace bizline
