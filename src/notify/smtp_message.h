// The e-mail an outbox notification becomes: RFC 5322 headers and a UTF-8 plain-text body with
// CRLF line ends. The Message-ID is <bizline.notification.ID@DOMAIN> (DOMAIN from the sender's
// address): every resend of one notification carries the same Message-ID, so a receiver, or a
// person reading two copies after a crash, can tell it is the same message.
#pragma once

#include <string>
#include <vector>

#include "domain/notification/notification.h"

namespace bizline {

// "<bizline.notification.17@bizline.example>"
std::string MessageIdFor(NotificationId id, const std::string& from_address);

// Headers and body, ready for SMTP DATA. `date` is the Date header's instant (RFC 5322 format).
std::string FormatMessage(const Notification& notification, const std::string& from_address, Instant date);

}  // namespace bizline
