// The delivery job over a real outbox and a real SMTP server: no notification is lost or sent
// twice across a stop and restart; a crash between send and record resends the same Message-ID;
// a server that is down gets retries with exponential backoff until it is back.
#include <atomic>

#include "app/notification/ports.h"
#include "main/capabilities.h"
#include "notify_fixture.h"

namespace bizline::testing {
namespace {

// Sends through SMTP and raises the stop flag after `stop_after` messages, as a SIGTERM would.
class StoppingSender final : public NotificationSender {
 public:
  StoppingSender(NotificationSender& inner, int stop_after, std::atomic<bool>& stop)
      : inner_(inner), left_(stop_after), stop_(stop) {}
  Status Send(const Notification& n) override {
    auto s = inner_.Send(n);
    if (--left_ == 0) stop_ = true;
    return s;
  }

 private:
  NotificationSender& inner_;
  int left_;
  std::atomic<bool>& stop_;
};

class DeliveryTest : public NotifyTest {
 protected:
  // Runs delivery batches until nothing is due now.
  void Drain(NotificationSender& sender) {
    NotificationDelivery delivery(*storage_, clock_, sender, policy_);
    for (int i = 0; i < 100; ++i) {
      auto report = delivery.RunOnce();
      ASSERT_TRUE(report.ok()) << report.error().message;
      if (report->claimed == 0) return;
    }
    FAIL() << "the outbox never drained";
  }

  DeliveryPolicy policy_{5, 4, std::chrono::seconds(30), std::chrono::hours(1), std::chrono::minutes(5)};
};

TEST_F(DeliveryTest, StopMidWayAndRestartDeliversEveryNotificationExactlyOnce) {
  auto ids = Enqueue(12);
  {
    SmtpNotifier smtp(Smtp(), clock_);
    std::atomic<bool> stop{false};
    StoppingSender sender(smtp, 3, stop);
    NotificationDelivery first(*storage_, clock_, sender, policy_);
    auto report = first.RunOnce(&stop);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->sent, 3);
    EXPECT_EQ(report->released, 2);  // the rest of the batch goes back at once, not after the lease
  }
  // "Restart": a new storage over the same database file, a new notifier and delivery.
  storage_.reset();
  auto reopened = SociStorage::Open(dir_.SqliteUrl(), 2, AllRepositories());
  ASSERT_TRUE(reopened.ok());
  storage_ = std::move(*reopened);
  SmtpNotifier smtp(Smtp(), clock_);
  Drain(smtp);

  ASSERT_EQ(smtp_.WaitFor(ids.size(), std::chrono::seconds(10)), ids.size());
  auto copies = CopiesByMessageId();
  ASSERT_EQ(copies.size(), ids.size());
  for (auto id : ids) EXPECT_EQ(copies[MessageIdFor(id, kFrom)], 1) << id.value();
  for (const auto& n : Outbox()) {
    EXPECT_EQ(n.status, NotificationStatus::kSent);
    EXPECT_EQ(n.attempts, 1);
  }
}

TEST_F(DeliveryTest, ACrashBetweenSendAndRecordResendsTheSameMessageIdAfterTheLease) {
  auto ids = Enqueue(1);
  SmtpNotifier smtp(Smtp(), clock_);
  {
    // The sender claims and sends, then dies before recording the outcome.
    auto tx = storage_->Begin(TxMode::kWrite);
    auto claimed = Notifications(**tx).Claim(clock_.Now(), 5, clock_.Now() + policy_.lease, kNotificationChannels);
    ASSERT_TRUE(claimed.ok());
    ASSERT_EQ(claimed->size(), 1u);
    ASSERT_TRUE((*tx)->Commit().ok());
    ASSERT_TRUE(smtp.Send(claimed->front()).ok());
  }
  NotificationDelivery restarted(*storage_, clock_, smtp, policy_);
  EXPECT_EQ(restarted.RunOnce()->claimed, 0);  // still leased: no second sender takes it
  clock_.Advance(policy_.lease);
  EXPECT_EQ(restarted.RunOnce()->sent, 1);  // never lost
  ASSERT_EQ(smtp_.WaitFor(2, std::chrono::seconds(10)), 2u);
  auto copies = CopiesByMessageId();
  ASSERT_EQ(copies.size(), 1u);  // both copies carry one Message-ID: recognisable as a resend
  EXPECT_EQ(copies[MessageIdFor(ids[0], kFrom)], 2);
  EXPECT_EQ(Outbox().at(0).status, NotificationStatus::kSent);
}

TEST_F(DeliveryTest, AServerThatIsDownGetsRetriesWithBackoffUntilItIsBack) {
  auto ids = Enqueue(2);
  smtp_.Stop();
  SmtpNotifier smtp(Smtp(), clock_);
  NotificationDelivery delivery(*storage_, clock_, smtp, policy_);
  const Instant start = clock_.Now();

  auto first = delivery.RunOnce();
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->retried, 2);
  for (const auto& n : Outbox()) {
    EXPECT_EQ(n.status, NotificationStatus::kPending);
    EXPECT_EQ(n.attempts, 1);
    EXPECT_EQ(n.next_attempt_at, start + std::chrono::seconds(30));
    EXPECT_FALSE(n.last_error.empty());
  }
  EXPECT_EQ(delivery.RunOnce()->claimed, 0);  // not due before the backoff ends

  clock_.Advance(std::chrono::seconds(30));
  EXPECT_EQ(delivery.RunOnce()->retried, 2);
  for (const auto& n : Outbox()) {
    EXPECT_EQ(n.attempts, 2);
    EXPECT_EQ(n.next_attempt_at, start + std::chrono::seconds(30 + 60));  // doubled
  }

  smtp_.Start();  // back, on the same port
  clock_.Advance(std::chrono::seconds(60));
  EXPECT_EQ(delivery.RunOnce()->sent, 2);
  ASSERT_EQ(smtp_.WaitFor(2, std::chrono::seconds(10)), 2u);
  auto copies = CopiesByMessageId();
  for (auto id : ids) EXPECT_EQ(copies[MessageIdFor(id, kFrom)], 1);
  for (const auto& n : Outbox()) {
    EXPECT_EQ(n.status, NotificationStatus::kSent);
    EXPECT_EQ(n.attempts, 3);
  }
}

TEST_F(DeliveryTest, GivesUpAfterTheLastAttempt) {
  Enqueue(1);
  smtp_.Stop();
  SmtpNotifier smtp(Smtp(), clock_);
  NotificationDelivery delivery(*storage_, clock_, smtp, policy_);
  for (int attempt = 1; attempt <= policy_.max_attempts; ++attempt) {
    auto report = delivery.RunOnce();
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->failed, attempt == policy_.max_attempts ? 1 : 0) << attempt;
    clock_.Advance(std::chrono::hours(2));
  }
  auto n = Outbox().at(0);
  EXPECT_EQ(n.status, NotificationStatus::kFailed);
  EXPECT_EQ(n.attempts, policy_.max_attempts);
  EXPECT_EQ(delivery.RunOnce()->claimed, 0);
}

}  // namespace
}  // namespace bizline::testing
