#include "app/notification/notification_service.h"

#include "app/notification/ports.h"
#include "app/party/ports.h"

namespace bizline {

Result<Page<Notification>> NotificationService::List(const Principal& principal, std::optional<CustomerId> customer,
                                                     PageRequest page) {
  if (!principal.IsStaff()) {
    if (customer && *customer != principal.customer_id) {
      return Error::NotFound("no customer with id " + std::to_string(customer->value()));
    }
    customer = principal.customer_id;
  }
  if (!customer) return Error::Invalid("customer", "name the customer whose notifications to list (?customer=<id>)");
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  TRY(Customers(*tx).Get(*customer));
  return Notifications(*tx).ListForCustomer(*customer, page);
}

}  // namespace bizline
