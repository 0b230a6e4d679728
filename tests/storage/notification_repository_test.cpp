#include "app/notification/ports.h"
#include "app/party/ports.h"
#include "storage_fixture.h"

namespace bizline::testing {
namespace {

using NotificationStorage = StorageContract;

Notification Sample(CustomerId customer, std::string kind, Instant next) {
  Notification n;
  n.customer_id = customer;
  n.kind = std::move(kind);
  n.reference = "troubleTicket/1";
  n.recipients = {"ann@acme.example", "luc@acme.example"};
  n.subject = "Ticket opened";
  n.body = "Your ticket 1 was opened.";
  n.created_at = InstantFromEpoch(1000);
  n.next_attempt_at = next;
  return n;
}

TEST_P(NotificationStorage, OutboxDeliversDueNotificationsOnceAndKeepsHistory) {
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  auto first = *Notifications(*tx).Enqueue(Sample(customer, "ticket.opened", InstantFromEpoch(1000)));
  auto later = *Notifications(*tx).Enqueue(Sample(customer, "ticket.resolved", InstantFromEpoch(5000)));
  ASSERT_TRUE(tx->Commit().ok());

  auto tx2 = Begin();
  auto due = Notifications(*tx2).Due(InstantFromEpoch(2000), 10);
  ASSERT_TRUE(due.ok());
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ(due->at(0).id, first);
  EXPECT_EQ(due->at(0).recipients,
            (std::vector<std::string>{"ann@acme.example", "luc@acme.example"}));  // a list in, the same list out
  ASSERT_TRUE(Notifications(*tx2).MarkSent(first, InstantFromEpoch(2001)).ok());
  ASSERT_TRUE(Notifications(*tx2)
                  .MarkAttemptFailed(later, 1, InstantFromEpoch(9000), NotificationStatus::kPending, "421 busy")
                  .ok());
  ASSERT_TRUE(tx2->Commit().ok());

  auto tx3 = Begin(TxMode::kRead);
  EXPECT_TRUE(Notifications(*tx3).Due(InstantFromEpoch(8000), 10)->empty());  // sent once, retry not yet due
  EXPECT_EQ(Notifications(*tx3).Due(InstantFromEpoch(9000), 10)->size(), 1u);
  auto history = Notifications(*tx3).ListForCustomer(customer, {});
  ASSERT_TRUE(history.ok());
  EXPECT_EQ(history->total, 2);
  EXPECT_EQ(history->items[0].status, NotificationStatus::kSent);
  EXPECT_EQ(history->items[0].sent_at, InstantFromEpoch(2001));
  EXPECT_EQ(history->items[1].last_error, "421 busy");
}

TEST_P(NotificationStorage, RolledBackChangeLeavesNoNotification) {
  CustomerId customer;
  {
    auto tx = Begin();
    customer = *Customers(*tx).Insert(SampleCustomer());
    ASSERT_TRUE(tx->Commit().ok());
  }
  {
    auto tx = Begin();
    ASSERT_TRUE(Notifications(*tx).Enqueue(Sample(customer, "ticket.opened", InstantFromEpoch(1))).ok());
  }  // dropped without commit
  EXPECT_TRUE(Notifications(*Begin(TxMode::kRead)).Due(InstantFromEpoch(10), 10)->empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, NotificationStorage, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         ParamName);

}  // namespace
}  // namespace bizline::testing
