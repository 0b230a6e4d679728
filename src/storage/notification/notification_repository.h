// The notification outbox in SQL.
#pragma once

#include "app/notification/ports.h"

namespace soci {
class session;
}

namespace bizline {

class SociNotificationRepository final : public NotificationRepository {
 public:
  explicit SociNotificationRepository(soci::session& session) : sql_(session) {}

  Result<NotificationId> Enqueue(const Notification& notification) override;
  Result<std::vector<Notification>> Due(Instant now, int limit) override;
  Status MarkSent(NotificationId id, Instant at) override;
  Status MarkAttemptFailed(NotificationId id, int attempts, Instant next_attempt_at, NotificationStatus status,
                           const std::string& error) override;
  Result<Page<Notification>> ListForCustomer(CustomerId customer, PageRequest page) override;
  Result<std::vector<OutboxCount>> CountByChannelAndStatus() override;
  Result<std::vector<Notification>> Claim(Instant now, int limit, Instant lease_until,
                                          std::span<const NotificationChannel> channels) override;

 private:
  // Named integer bindings for the query's placeholders, e.g. {{"now", 12}, {"limit", 10}}.
  using Bindings = std::vector<std::pair<std::string, long long>>;
  Result<std::vector<Notification>> Select(const std::string& where_and_order, Bindings bindings);
  soci::session& sql_;
};

}  // namespace bizline
