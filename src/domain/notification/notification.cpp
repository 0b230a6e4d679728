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

}  // namespace bizline
