#include "domain/notification/notification.h"

namespace bizline {

std::string_view ToString(NotificationStatus status) {
  switch (status) {
    case NotificationStatus::kPending: return "pending";
    case NotificationStatus::kSent: return "sent";
    case NotificationStatus::kFailed: return "failed";
  }
  return "pending";
}

std::optional<NotificationStatus> ParseNotificationStatus(std::string_view text) {
  if (text == "pending") return NotificationStatus::kPending;
  if (text == "sent") return NotificationStatus::kSent;
  if (text == "failed") return NotificationStatus::kFailed;
  return std::nullopt;
}

Notification NoticeTo(CustomerId customer, std::span<const Representative> representatives, std::string kind,
                      std::string reference, Instant now) {
  Notification n;
  n.customer_id = customer;
  n.kind = std::move(kind);
  n.reference = std::move(reference);
  n.recipients.reserve(representatives.size());
  for (const Representative& rep : representatives) n.recipients.push_back(rep.email);
  n.created_at = now;
  n.next_attempt_at = now;
  return n;
}

}  // namespace bizline
