// The delivery use case with a scripted sender and a fake clock: backoff schedule, bounded
// attempts, permanent refusals, leases and stop requests.
#include "app/notification/notification_delivery.h"

#include "app/app_fixture.h"
#include "app/notification/ports.h"

namespace bizline::testing {
namespace {

using namespace std::chrono_literals;

class ScriptedSender final : public NotificationSender {
 public:
  Status Send(const Notification& n) override {
    sent.push_back(n.id);
    if (fail_with) return *fail_with;
    return Ok{};
  }
  std::optional<Error> fail_with;
  std::vector<NotificationId> sent;
};

class NotificationDeliveryTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    customer_ = NewCustomer("Acme NV", "0403.170.701").id;
  }

  NotificationId Enqueue(const std::vector<std::string>& recipients = {"ann@acme.example"}) {
    Notification n;
    n.customer_id = customer_;
    n.kind = "ticket.opened";
    n.reference = "troubleTicket/BZ-2026-000001";
    n.recipients = recipients;
    n.subject = "s";
    n.body = "b";
    n.created_at = clock_.Now();
    n.next_attempt_at = clock_.Now();
    auto tx = storage_->Begin(TxMode::kWrite);
    auto id = Notifications(**tx).Enqueue(n);
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE((*tx)->Commit().ok());
    return *id;
  }

  Notification Stored(NotificationId id) {
    auto tx = storage_->Begin(TxMode::kRead);
    auto page = Notifications(**tx).ListForCustomer(customer_, {0, 100});
    for (auto& n : page->items) {
      if (n.id == id) return n;
    }
    ADD_FAILURE() << "no notification " << id.value();
    return {};
  }

  DeliveryPolicy policy_{10, 5, 30s, 1h, 5min};
  ScriptedSender sender_;
  CustomerId customer_;
};

TEST(DeliveryBackoff, DoublesFromTheFirstWaitUpToTheCap) {
  DeliveryPolicy p{10, 20, 30s, 1h, 5min};
  EXPECT_EQ(BackoffAfter(1, p), 30s);
  EXPECT_EQ(BackoffAfter(2, p), 60s);
  EXPECT_EQ(BackoffAfter(3, p), 120s);
  EXPECT_EQ(BackoffAfter(7, p), 1920s);
  EXPECT_EQ(BackoffAfter(8, p), 1h);
  EXPECT_EQ(BackoffAfter(19, p), 1h);
}

TEST_F(NotificationDeliveryTest, SendsEachDueNotificationOnceAndRecordsIt) {
  auto a = Enqueue();
  auto b = Enqueue();
  NotificationDelivery delivery(*storage_, clock_, sender_, policy_);
  auto report = delivery.RunOnce();
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->sent, 2);
  EXPECT_EQ(delivery.RunOnce()->claimed, 0);
  EXPECT_EQ(sender_.sent, (std::vector<NotificationId>{a, b}));
  EXPECT_EQ(Stored(a).status, NotificationStatus::kSent);
  EXPECT_EQ(Stored(a).sent_at, clock_.Now());
}

TEST_F(NotificationDeliveryTest, RetriesWithExponentialBackoffThenFails) {
  auto id = Enqueue();
  sender_.fail_with = Error::Unavailable("connection refused");
  NotificationDelivery delivery(*storage_, clock_, sender_, policy_);
  Seconds expected_wait = 30s;
  for (int attempt = 1; attempt < policy_.max_attempts; ++attempt) {
    ASSERT_EQ(delivery.RunOnce()->retried, 1) << attempt;
    auto n = Stored(id);
    EXPECT_EQ(n.attempts, attempt);
    EXPECT_EQ(n.next_attempt_at, clock_.Now() + expected_wait);
    EXPECT_EQ(n.last_error, "connection refused");
    clock_.Advance(expected_wait - 1s);
    EXPECT_EQ(delivery.RunOnce()->claimed, 0);  // not before the backoff ends
    clock_.Advance(1s);
    expected_wait *= 2;
  }
  EXPECT_EQ(delivery.RunOnce()->failed, 1);
  EXPECT_EQ(Stored(id).status, NotificationStatus::kFailed);
  clock_.Advance(24h);
  EXPECT_EQ(delivery.RunOnce()->claimed, 0);
  EXPECT_EQ(static_cast<int>(sender_.sent.size()), policy_.max_attempts);
}

TEST_F(NotificationDeliveryTest, APermanentRefusalOrNoRecipientFailsAtOnce) {
  auto refused = Enqueue();
  auto nobody = Enqueue({});
  sender_.fail_with = Error::Invalid("recipients", "550 mailbox unavailable");
  NotificationDelivery delivery(*storage_, clock_, sender_, policy_);
  EXPECT_EQ(delivery.RunOnce()->failed, 2);
  EXPECT_EQ(Stored(refused).status, NotificationStatus::kFailed);
  EXPECT_EQ(Stored(nobody).status, NotificationStatus::kFailed);
  EXPECT_EQ(sender_.sent, (std::vector<NotificationId>{refused}));  // nothing is sent to nobody
}

TEST_F(NotificationDeliveryTest, AClaimedBatchIsNotClaimedAgainBeforeItsLeaseEnds) {
  auto id = Enqueue();
  {
    auto tx = storage_->Begin(TxMode::kWrite);
    ASSERT_EQ(Notifications(**tx).Claim(clock_.Now(), 10, clock_.Now() + policy_.lease, kNotificationChannels)->size(),
              1u);
    ASSERT_TRUE((*tx)->Commit().ok());
  }  // the claiming sender vanishes
  NotificationDelivery delivery(*storage_, clock_, sender_, policy_);
  EXPECT_EQ(delivery.RunOnce()->claimed, 0);
  clock_.Advance(policy_.lease);
  EXPECT_EQ(delivery.RunOnce()->sent, 1);
  EXPECT_EQ(Stored(id).attempts, 1);
}

TEST_F(NotificationDeliveryTest, AStopHandsTheRestOfTheBatchBackAtOnce) {
  Enqueue();
  Enqueue();
  std::atomic<bool> stop{true};
  NotificationDelivery delivery(*storage_, clock_, sender_, policy_);
  auto report = delivery.RunOnce(&stop);
  EXPECT_EQ(report->released, 2);
  EXPECT_TRUE(sender_.sent.empty());
  EXPECT_EQ(delivery.RunOnce()->sent, 2);  // due again right away, no lease to wait for
}

}  // namespace
}  // namespace bizline::testing
