// Delivers the notification outbox (domain/notification). A run claims a batch of due
// notifications in a short write transaction (a lease: they stay pending but are not due again
// until the lease ends), sends each through the NotificationSender port, and records the outcome
// in its own transaction: sent, or a failed attempt retried with exponential backoff until the
// attempts run out (then failed). A sender that dies between claim and record leaves the
// notification to be sent again once the lease ends, never lost; the resend carries the same
// Message-ID (see notify/smtp_message.h), so the receiver can recognise it.
#pragma once

#include <atomic>
#include <vector>

#include "app/core/clock.h"
#include "app/notification/ports.h"

namespace bizline {

// How a notification leaves bizline (SMTP and the SMS webhook in notify/). kUnavailable and other
// errors are retried; kInvalidArgument means the message can never be delivered (e.g. no
// recipient) and fails it now.
class NotificationSender {
 public:
  virtual ~NotificationSender() = default;
  virtual Status Send(const Notification& notification) = 0;
};

// The sender of each channel (not owned). A channel without one is not claimed: its
// notifications stay pending in the outbox until a server that has one delivers them.
struct NotificationSenders {
  NotificationSender* email = nullptr;
  NotificationSender* sms = nullptr;

  NotificationSender* For(NotificationChannel channel) const;
  std::vector<NotificationChannel> Channels() const;  // those with a sender
};

struct DeliveryPolicy {
  int batch_size = 20;
  int max_attempts = 8;                              // then the notification is failed
  Seconds first_backoff = std::chrono::seconds(30);  // doubled after each failed attempt
  Seconds max_backoff = std::chrono::hours(1);
  Seconds lease = std::chrono::minutes(5);  // longer than one batch takes to send
};

// The wait before the next attempt after `failed_attempts` failures (1 -> first_backoff).
Seconds BackoffAfter(int failed_attempts, const DeliveryPolicy& policy);

struct DeliveryReport {
  int claimed = 0;
  int sent = 0;
  int retried = 0;   // failed, another attempt is scheduled
  int failed = 0;    // failed for good
  int released = 0;  // claimed but handed back unsent because a stop was requested
};

class NotificationDelivery {
 public:
  // Routes each notification by its channel to that channel's sender.
  NotificationDelivery(Storage& storage, const Clock& clock, NotificationSenders senders, DeliveryPolicy policy = {})
      : storage_(storage), clock_(clock), senders_(senders), policy_(policy) {}
  // One sender for every channel.
  NotificationDelivery(Storage& storage, const Clock& clock, NotificationSender& sender, DeliveryPolicy policy = {})
      : NotificationDelivery(storage, clock, NotificationSenders{&sender, &sender}, policy) {}

  // One batch. `stop` is checked between messages: the rest of the batch is handed back at once.
  Result<DeliveryReport> RunOnce(const std::atomic<bool>* stop = nullptr);

 private:
  Status Record(const Notification& notification, const Status& outcome, DeliveryReport& report);
  Storage& storage_;
  const Clock& clock_;
  NotificationSenders senders_;
  DeliveryPolicy policy_;
};

}  // namespace bizline
