// Sends notifications over SMTP with libcurl: smtp://host:port (or smtps://), the envelope and
// From address, and an optional login (with STARTTLS when the server offers it). One connection
// per message keeps failure handling simple; the delivery job decides what to retry.
#pragma once

#include <chrono>
#include <string>

#include "app/notification/notification_delivery.h"
#include "domain/core/result.h"

namespace bizline {

struct SmtpOptions {
  std::string url;  // smtp://127.0.0.1:2525
  std::string from = "bizline@localhost";
  std::string username;  // empty: no AUTH
  std::string password;
  std::chrono::seconds connect_timeout{5};
  std::chrono::seconds timeout{30};  // the whole exchange of one message
};

// Checks the URL scheme and the from-address (fields "smtp" and "smtpFrom").
Status ValidateSmtpOptions(const SmtpOptions& options);

class SmtpNotifier final : public NotificationSender {
 public:
  explicit SmtpNotifier(SmtpOptions options, const Clock& clock);
  // kUnavailable for transient failures (connection, timeout, 4xx), kInvalidArgument when the
  // server refuses for good (5xx on a recipient or the message).
  Status Send(const Notification& notification) override;

 private:
  SmtpOptions options_;
  const Clock& clock_;
};

}  // namespace bizline
