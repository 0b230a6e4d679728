#include "app/notification/notify_representatives.h"

#include "app/notification/ports.h"
#include "app/party/ports.h"

namespace bizline {

Status NotifyRepresentatives(Transaction& tx, CustomerId customer, std::string kind, std::string reference,
                             std::string subject, std::string body, Instant now) {
  ASSIGN_OR_RETURN(auto representatives, Customers(tx).Representatives(customer));
  Notification n = NoticeTo(customer, representatives, std::move(kind), std::move(reference), now);
  n.subject = std::move(subject);
  n.body = std::move(body);
  TRY(Notifications(tx).Enqueue(n));
  return Ok{};
}

}  // namespace bizline
