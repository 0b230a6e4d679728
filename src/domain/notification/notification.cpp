#include "domain/notification/notification.h"

#include <algorithm>

#include "domain/notification/phone_number.h"

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

std::string_view ToString(NotificationChannel channel) {
  switch (channel) {
    case NotificationChannel::kEmail: return "email";
    case NotificationChannel::kSms: return "sms";
  }
  return "email";
}

std::optional<NotificationChannel> ParseNotificationChannel(std::string_view text) {
  if (text == "email") return NotificationChannel::kEmail;
  if (text == "sms") return NotificationChannel::kSms;
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

std::vector<Notification> SmsNoticesTo(CustomerId customer, std::span<const Representative> representatives,
                                       const std::string& kind, const std::string& reference, const std::string& text,
                                       Instant now) {
  std::vector<std::string> numbers;
  for (const Representative& rep : representatives) {
    auto number = NormalizePhoneNumber(rep.phone);
    if (!number) continue;  // no usable number: this representative gets the e-mail only
    if (std::find(numbers.begin(), numbers.end(), *number) == numbers.end()) numbers.push_back(*number);
  }
  std::vector<Notification> notices;
  for (std::string& number : numbers) {
    Notification n;
    n.customer_id = customer;
    n.channel = NotificationChannel::kSms;
    n.kind = kind;
    n.reference = reference;
    n.recipients = {std::move(number)};
    n.subject = text;
    n.body = text;
    n.created_at = now;
    n.next_attempt_at = now;
    notices.push_back(std::move(n));
  }
  return notices;
}

}  // namespace bizline
