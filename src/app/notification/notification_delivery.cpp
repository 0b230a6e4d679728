#include "app/notification/notification_delivery.h"

#include <algorithm>

#include "app/notification/ports.h"

namespace bizline {
namespace {

// One attempt at sending `n` through `sender`, its channel's (claimed by channel: there is one).
Status Attempt(const Notification& n, NotificationSender* sender) {
  if (n.recipients.empty()) return Error::Invalid("recipients", "the customer has no representative to notify");
  if (sender == nullptr) return Error::Unavailable("no sender for " + std::string(ToString(n.channel)));
  return sender->Send(n);
}

}  // namespace

Seconds BackoffAfter(int failed_attempts, const DeliveryPolicy& policy) {
  Seconds wait = policy.first_backoff;
  for (int i = 1; i < failed_attempts && wait < policy.max_backoff; ++i) wait *= 2;
  return std::min(wait, policy.max_backoff);
}

NotificationSender* NotificationSenders::For(NotificationChannel channel) const {
  switch (channel) {
    case NotificationChannel::kEmail: return email;
    case NotificationChannel::kSms: return sms;
  }
  return nullptr;
}

std::vector<NotificationChannel> NotificationSenders::Channels() const {
  std::vector<NotificationChannel> out;
  for (NotificationChannel channel : kNotificationChannels) {
    if (For(channel) != nullptr) out.push_back(channel);
  }
  return out;
}

Result<DeliveryReport> NotificationDelivery::RunOnce(const std::atomic<bool>* stop) {
  DeliveryReport report;
  std::vector<Notification> batch;
  const std::vector<NotificationChannel> channels = senders_.Channels();
  if (channels.empty()) return report;
  {
    const Instant now = clock_.Now();
    auto tx = storage_.Begin(TxMode::kWrite);
    if (!tx) return tx.error();
    auto claimed = Notifications(**tx).Claim(now, policy_.batch_size, now + policy_.lease, channels);
    if (!claimed) return claimed.error();
    TRY((*tx)->Commit());
    batch = std::move(*claimed);
  }
  report.claimed = static_cast<int>(batch.size());
  for (const auto& n : batch) {
    if (stop && stop->load()) {
      // Hand it back as it was, so that a restart sends it without waiting for the lease.
      ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
      auto s = Notifications(*tx).MarkAttemptFailed(n.id, n.attempts, clock_.Now(), NotificationStatus::kPending,
                                                    n.last_error);
      if (!s) return s.error();
      TRY((tx)->Commit());
      ++report.released;
      continue;
    }
    TRY(Record(n, Attempt(n, senders_.For(n.channel)), report));
  }
  return report;
}

Status NotificationDelivery::Record(const Notification& n, const Status& outcome, DeliveryReport& report) {
  const Instant now = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  auto& outbox = Notifications(*tx);
  if (outcome.ok()) {
    TRY(outbox.MarkSent(n.id, now));
    ++report.sent;
  } else {
    const int attempts = n.attempts + 1;
    const bool permanent = outcome.error().code == ErrorCode::kInvalidArgument;
    const bool last = permanent || attempts >= policy_.max_attempts;
    auto status = last ? NotificationStatus::kFailed : NotificationStatus::kPending;
    if (auto s = outbox.MarkAttemptFailed(n.id, attempts, now + BackoffAfter(attempts, policy_), status,
                                          outcome.error().message);
        !s) {
      return s;
    }
    ++(last ? report.failed : report.retried);
  }
  return (tx)->Commit();
}

}  // namespace bizline
