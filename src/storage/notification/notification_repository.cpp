#include "storage/notification/notification_repository.h"

#include <soci/soci.h>

#include "storage/core/db_error.h"
#include "storage/core/statement.h"

namespace bizline {
namespace {

// The column keeps the addresses comma-separated (an e-mail address bizline accepts has no comma):
// the storage format, not a value anyone else splits.
std::string JoinRecipients(const std::vector<std::string>& recipients) {
  std::string out;
  for (const auto& r : recipients) out += (out.empty() ? "" : ",") + r;
  return out;
}

std::vector<std::string> SplitRecipients(std::string_view column) {
  std::vector<std::string> out;
  while (!column.empty()) {
    auto comma = column.find(',');
    if (comma != 0) out.emplace_back(column.substr(0, comma));
    column = comma == std::string_view::npos ? std::string_view() : column.substr(comma + 1);
  }
  return out;
}

}  // namespace

Result<NotificationId> SociNotificationRepository::Enqueue(const Notification& n) {
  return Guarded([&]() -> Result<NotificationId> {
    long long id = 0, customer = n.customer_id.value(), created = EpochSeconds(n.created_at);
    long long next = EpochSeconds(n.next_attempt_at);
    std::string status(ToString(n.status)), channel(ToString(n.channel));
    std::string recipients = JoinRecipients(n.recipients);
    sql_ << "INSERT INTO notification (customer_id, kind, reference, recipients, subject, body, created_at, status, "
            "attempts, next_attempt_at, channel) VALUES (:c, :k, :r, :to, :s, :b, :t, :st, 0, :n, :ch) RETURNING id",
        soci::use(customer), soci::use(n.kind), soci::use(n.reference), soci::use(recipients), soci::use(n.subject),
        soci::use(n.body), soci::use(created), soci::use(status), soci::use(next), soci::use(channel), soci::into(id);
    return NotificationId(id);
  });
}

Result<std::vector<Notification>> SociNotificationRepository::Select(const std::string& where_and_order,
                                                                     Bindings bindings) {
  return Guarded([&]() -> Result<std::vector<Notification>> {
    std::vector<Notification> out;
    long long id = 0, customer = 0, created = 0, next = 0, sent = 0;
    int attempts = 0;
    soci::indicator sent_ind = soci::i_ok;
    std::string kind, reference, recipients, subject, body, status, error, channel;
    soci::statement st(sql_);
    for (auto* v : {&id, &customer}) st.exchange(soci::into(*v));
    for (auto* v : {&kind, &reference, &recipients, &subject, &body}) st.exchange(soci::into(*v));
    st.exchange(soci::into(created));
    st.exchange(soci::into(status));
    st.exchange(soci::into(attempts));
    st.exchange(soci::into(next));
    st.exchange(soci::into(sent, sent_ind));
    st.exchange(soci::into(error));
    st.exchange(soci::into(channel));
    for (auto& [name, value] : bindings) st.exchange(soci::use(value, name));
    Prepare(st,
            "SELECT id, customer_id, kind, reference, recipients, subject, body, created_at, status, attempts, "
            "next_attempt_at, sent_at, last_error, channel FROM notification " +
                where_and_order);
    st.execute();
    while (st.fetch()) {
      Notification n{NotificationId(id),
                     CustomerId(customer),
                     kind,
                     reference,
                     SplitRecipients(recipients),
                     subject,
                     body,
                     InstantFromEpoch(created),
                     ParseNotificationStatus(status).value_or(NotificationStatus::kPending),
                     attempts,
                     InstantFromEpoch(next),
                     std::nullopt,
                     error,
                     ParseNotificationChannel(channel).value_or(NotificationChannel::kEmail)};
      if (sent_ind == soci::i_ok) n.sent_at = InstantFromEpoch(sent);
      out.push_back(std::move(n));
    }
    return out;
  });
}

Result<std::vector<Notification>> SociNotificationRepository::Due(Instant now, int limit) {
  return Select("WHERE status = 'pending' AND next_attempt_at <= :now ORDER BY id LIMIT :limit",
                {{"now", EpochSeconds(now)}, {"limit", limit}});
}

Status SociNotificationRepository::MarkSent(NotificationId id, Instant at) {
  return Guarded([&]() -> Status {
    long long key = id.value(), when = EpochSeconds(at);
    sql_ << "UPDATE notification SET status = 'sent', sent_at = :t, attempts = attempts + 1 WHERE id = :id",
        soci::use(when), soci::use(key);
    return Ok{};
  });
}

Status SociNotificationRepository::MarkAttemptFailed(NotificationId id, int attempts, Instant next_attempt_at,
                                                     NotificationStatus status, const std::string& error) {
  return Guarded([&]() -> Status {
    long long key = id.value(), next = EpochSeconds(next_attempt_at);
    std::string state(ToString(status));
    sql_ << "UPDATE notification SET attempts = :a, next_attempt_at = :n, status = :s, last_error = :e WHERE id = :id",
        soci::use(attempts), soci::use(next), soci::use(state), soci::use(error), soci::use(key);
    return Ok{};
  });
}

Result<std::vector<OutboxCount>> SociNotificationRepository::CountByChannelAndStatus() {
  return Guarded([&]() -> Result<std::vector<OutboxCount>> {
    std::string channel, status;
    long long n = 0;
    soci::statement st = (sql_.prepare << "SELECT channel, status, COUNT(*) FROM notification GROUP BY channel, status",
                          soci::into(channel), soci::into(status), soci::into(n));
    st.execute();
    std::vector<OutboxCount> out;
    while (st.fetch()) {
      auto c = ParseNotificationChannel(channel);
      auto s = ParseNotificationStatus(status);
      if (c && s) out.push_back({*c, *s, n});
    }
    return out;
  });
}

Result<Page<Notification>> SociNotificationRepository::ListForCustomer(CustomerId customer, PageRequest page) {
  auto items = Select("WHERE customer_id = :customer ORDER BY id LIMIT :limit OFFSET :offset",
                      {{"customer", customer.value()}, {"limit", page.limit}, {"offset", page.offset}});
  if (!items) return items.error();
  return Guarded([&]() -> Result<Page<Notification>> {
    long long total = 0, key = customer.value();
    sql_ << "SELECT COUNT(*) FROM notification WHERE customer_id = :c", soci::use(key), soci::into(total);
    return Page<Notification>{std::move(*items), total};
  });
}

}  // namespace bizline

namespace bizline {

Result<std::vector<Notification>> SociNotificationRepository::Claim(Instant now, int limit, Instant lease_until,
                                                                    std::span<const NotificationChannel> channels) {
  if (channels.empty()) return std::vector<Notification>();
  // The channels' names come from the enum, never from input: they are written into the query.
  std::string in;
  for (NotificationChannel channel : channels) in += (in.empty() ? "'" : ", '") + std::string(ToString(channel)) + "'";
  // SQLite has no row locks: the caller's write transaction (BEGIN IMMEDIATE) serialises senders.
  const bool postgres = sql_.get_backend_name() == "postgresql";
  auto claimed = Select("WHERE status = 'pending' AND next_attempt_at <= :now AND channel IN (" + in +
                            ") ORDER BY id LIMIT :limit" + (postgres ? " FOR UPDATE SKIP LOCKED" : ""),
                        {{"now", EpochSeconds(now)}, {"limit", limit}});
  if (!claimed) return claimed.error();
  return Guarded([&]() -> Result<std::vector<Notification>> {
    long long until = EpochSeconds(lease_until), key = 0;
    soci::statement st = (sql_.prepare << "UPDATE notification SET next_attempt_at = :u WHERE id = :id",
                          soci::use(until), soci::use(key));
    for (auto& n : *claimed) {
      key = n.id.value();
      st.execute(true);
      n.next_attempt_at = lease_until;
    }
    return std::move(*claimed);
  });
}

}  // namespace bizline
