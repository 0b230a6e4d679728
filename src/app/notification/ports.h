// Ports of the notification capability: the outbox.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/core/page.h"
#include "app/core/storage.h"
#include "domain/notification/notification.h"

namespace bizline {

// How many notifications of a channel are in a status (GET /metrics: backlog and failures).
struct OutboxCount {
  NotificationChannel channel = NotificationChannel::kEmail;
  NotificationStatus status = NotificationStatus::kPending;
  std::int64_t notifications = 0;
};

// The transactional outbox: Enqueue in the same transaction as the change it reports.
class NotificationRepository {
 public:
  virtual ~NotificationRepository() = default;
  virtual Result<NotificationId> Enqueue(const Notification& notification) = 0;
  // Pending notifications whose next attempt is due, oldest first.
  virtual Result<std::vector<Notification>> Due(Instant now, int limit) = 0;
  virtual Status MarkSent(NotificationId id, Instant at) = 0;
  // Records a failed attempt; `status` stays kPending while retries remain, else kFailed.
  virtual Status MarkAttemptFailed(NotificationId id, int attempts, Instant next_attempt_at, NotificationStatus status,
                                   const std::string& error) = 0;
  virtual Result<Page<Notification>> ListForCustomer(CustomerId customer, PageRequest page) = 0;
  // Every channel and status with at least one notification.
  virtual Result<std::vector<OutboxCount>> CountByChannelAndStatus() = 0;
  // Claims up to `limit` due notifications of `channels` for one sender: they stay pending but are
  // not due again before `lease_until`, so a sender that dies mid-way leaves them to be retried,
  // never lost. PostgreSQL locks the rows FOR UPDATE SKIP LOCKED, so concurrent senders claim
  // disjoint batches. Notifications of other channels are left as they are.
  virtual Result<std::vector<Notification>> Claim(Instant now, int limit, Instant lease_until,
                                                  std::span<const NotificationChannel> channels) = 0;
};

inline NotificationRepository& Notifications(Transaction& tx) { return tx.Repository<NotificationRepository>(); }

}  // namespace bizline
