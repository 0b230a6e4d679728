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

Status NotifyRepresentativesBySms(Transaction& tx, SmsNotices sms, CustomerId customer, const std::string& kind,
                                  const std::string& reference, const std::string& text, Instant now) {
  if (sms == SmsNotices::kOff) return Ok{};
  ASSIGN_OR_RETURN(auto representatives, Customers(tx).Representatives(customer));
  for (const Notification& n : SmsNoticesTo(customer, representatives, kind, reference, text, now)) {
    TRY(Notifications(tx).Enqueue(n));
  }
  return Ok{};
}

}  // namespace bizline
