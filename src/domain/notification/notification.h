// A message to a customer's authorised representatives (ticket opened, stop-clock started,
// order confirmed, line activated, ...). Use cases write it into the transactional outbox in
// the same transaction as the change it reports, so none is lost or sent for a change that
// rolled back; a sender job delivers it later and retries with backoff.
#pragma once

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

struct Notification {
  NotificationId id;
  CustomerId customer_id;
  std::string kind;                     // e.g. "ticket.opened", "order.confirmed", "product.activated"
  std::string reference;                // the resource it is about, e.g. "troubleTicket/17"
  std::vector<std::string> recipients;  // e-mail addresses, resolved when enqueued
  std::string subject;
  std::string body;
  Instant created_at{};
  NotificationStatus status = NotificationStatus::kPending;
  int attempts = 0;
  Instant next_attempt_at{};
  std::optional<Instant> sent_at;
  std::string last_error;
};

// The one way a notification is made: of `kind`, about `reference`, to every representative of
// `customer` (their e-mail addresses), pending and due at `now`; the caller writes subject and body.
Notification NoticeTo(CustomerId customer, std::span<const Representative> representatives, std::string kind,
                      std::string reference, Instant now);

}  // namespace bizline
