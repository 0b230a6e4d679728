// A message to a customer's authorised representatives (ticket opened, stop-clock started,
// order confirmed, line activated, ...). Use cases write it into the transactional outbox in
// the same transaction as the change it reports, so none is lost or sent for a change that
// rolled back; a sender job delivers it later and retries with backoff.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/core/ids.h"
#include "domain/core/instant.h"
#include "domain/party/customer.h"

namespace bizline {

using NotificationId = StrongId<struct NotificationTag>;

enum class NotificationStatus { kPending, kSent, kFailed };

std::string_view ToString(NotificationStatus status);
std::optional<NotificationStatus> ParseNotificationStatus(std::string_view text);

// How a notification reaches its recipients: e-mail (SMTP) or SMS (the webhook of notify/).
enum class NotificationChannel { kEmail, kSms };
inline constexpr std::array kNotificationChannels = {NotificationChannel::kEmail, NotificationChannel::kSms};

std::string_view ToString(NotificationChannel channel);
std::optional<NotificationChannel> ParseNotificationChannel(std::string_view text);

struct Notification {
  NotificationId id;
  CustomerId customer_id;
  std::string kind;                     // e.g. "ticket.opened", "order.confirmed", "product.activated"
  std::string reference;                // the resource it is about, e.g. "troubleTicket/17"
  std::vector<std::string> recipients;  // resolved when enqueued: e-mail addresses, or one E.164 number (kSms)
  std::string subject;
  std::string body;
  Instant created_at{};
  NotificationStatus status = NotificationStatus::kPending;
  int attempts = 0;
  Instant next_attempt_at{};
  std::optional<Instant> sent_at;
  std::string last_error;
  NotificationChannel channel = NotificationChannel::kEmail;
};

// The one way a notification is made: of `kind`, about `reference`, to every representative of
// `customer` (their e-mail addresses), pending and due at `now`; the caller writes subject and body.
Notification NoticeTo(CustomerId customer, std::span<const Representative> representatives, std::string kind,
                      std::string reference, Instant now);

// U-12, USE-011: the SMS form of a notice: one notification per distinct usable phone number of
// the representatives (E.164, see phone_number.h), so each SMS is sent, retried and recognised on
// its own (its id is the webhook's Idempotency-Key). A representative without a usable number is
// skipped; with none at all the result is empty. The body is `text`, the subject repeats it (an
// SMS has none; the outbox lists subjects).
std::vector<Notification> SmsNoticesTo(CustomerId customer, std::span<const Representative> representatives,
                                       const std::string& kind, const std::string& reference, const std::string& text,
                                       Instant now);

}  // namespace bizline
