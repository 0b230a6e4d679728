// U-12 / USE-011 by SMS on SQLite and PostgreSQL: a notification keeps its channel, a sender
// claims only the channels it sends, and the meter enqueues the SMS notice beside the e-mail one
// (one per usable number, in the same transaction) only when the install sends SMS.
#include <gmock/gmock.h>

#include <array>

#include "app/inventory/ports.h"
#include "app/notification/ports.h"
#include "app/party/ports.h"
#include "app/usage/usage_meter.h"
#include "catalog/offer_file.h"
#include "storage_fixture.h"

namespace bizline::testing {
namespace {

class NotificationChannelStorage : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (IsSkipped()) return;
    auto tx = Begin();
    customer_ = *Customers(*tx).Insert(SampleCustomer());
    ASSERT_TRUE(tx->Commit().ok());
  }

  Notification Sample(NotificationChannel channel, std::vector<std::string> recipients) const {
    Notification n;
    n.customer_id = customer_;
    n.channel = channel;
    n.kind = "usage.80";
    n.reference = "product/1";
    n.recipients = std::move(recipients);
    n.subject = n.body = "bizline: 80%";
    n.created_at = n.next_attempt_at = InstantFromEpoch(1000);
    return n;
  }

  CustomerId customer_;
};

TEST_P(NotificationChannelStorage, TheChannelRoundTripsAndAnEmailIsTheDefault) {
  auto tx = Begin();
  auto sms = *Notifications(*tx).Enqueue(Sample(NotificationChannel::kSms, {"+3225550101"}));
  auto mail = *Notifications(*tx).Enqueue(Sample(NotificationChannel::kEmail, {"ann@acme.example"}));
  ASSERT_TRUE(tx->Commit().ok());
  auto page = Notifications(*Begin(TxMode::kRead)).ListForCustomer(customer_, {0, 10});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].id, sms);
  EXPECT_EQ(page->items[0].channel, NotificationChannel::kSms);
  EXPECT_EQ(page->items[0].recipients, std::vector<std::string>{"+3225550101"});
  EXPECT_EQ(page->items[1].id, mail);
  EXPECT_EQ(page->items[1].channel, NotificationChannel::kEmail);
}

TEST_P(NotificationChannelStorage, ASenderClaimsOnlyItsChannels) {
  {
    auto tx = Begin();
    ASSERT_TRUE(Notifications(*tx).Enqueue(Sample(NotificationChannel::kEmail, {"ann@acme.example"})).ok());
    ASSERT_TRUE(Notifications(*tx).Enqueue(Sample(NotificationChannel::kSms, {"+3225550101"})).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  const Instant now = InstantFromEpoch(2000), lease = InstantFromEpoch(2300);
  const std::array sms_only{NotificationChannel::kSms};
  auto tx = Begin();
  auto claimed = Notifications(*tx).Claim(now, 10, lease, sms_only);
  ASSERT_TRUE(claimed.ok()) << claimed.error().message;
  ASSERT_EQ(claimed->size(), 1u);
  EXPECT_EQ(claimed->at(0).channel, NotificationChannel::kSms);
  EXPECT_TRUE(Notifications(*tx).Claim(now, 10, lease, std::span<const NotificationChannel>())->empty());
  auto rest = Notifications(*tx).Claim(now, 10, lease, kNotificationChannels);
  ASSERT_TRUE(rest.ok());
  ASSERT_EQ(rest->size(), 1u) << "the SMS is leased; the e-mail was left as it was";
  EXPECT_EQ(rest->at(0).channel, NotificationChannel::kEmail);
  ASSERT_TRUE(tx->Commit().ok());
}

class UsageSmsStorage : public NotificationChannelStorage {
 protected:
  void SetUp() override {
    NotificationChannelStorage::SetUp();
    if (IsSkipped()) return;
    const char* dir = std::getenv("BIZLINE_SOURCE_DIR");
    auto loaded = LoadCatalogDir(std::filesystem::path(dir != nullptr ? dir : ".") / "catalog");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    catalog_ = std::move(loaded).value();
    auto tx = Begin();
    for (const auto& [email, phone] : std::vector<std::pair<std::string, std::string>>{
             {"ann@acme.example", "+32 2 555 01 01"},
             {"luc@acme.example", "ask the reception"},  // no usable number: e-mail only
             {"eva@acme.example", "0475 55 01 02"}}) {
      ASSERT_TRUE(Customers(*tx)
                      .InsertRepresentative(Representative{RepresentativeId(), customer_, "Rep", email, phone, "IT"})
                      .ok());
    }
    auto site = *Customers(*tx).InsertSite(Site{SiteId(), customer_, "HQ", {"Rue 1", "1000", "Brussels", "BE"}});
    Product line;
    line.customer_id = customer_;
    line.site_id = site;
    line.order_ref = "1";
    line.formula = "internet-essential";  // 100 GB included (USE-003)
    line.name = "Internet Essential";
    line.radius_user_name = "essential-1";
    line.contract_start = InstantFromEpoch(1'770'000'000);
    line.initial_term_months = 10;
    line.initial_term_end = InstantFromEpoch(1'800'000'000);
    line_ = *Products(*tx).Insert(line);
    ASSERT_TRUE(tx->Commit().ok());
  }

  // Meters 85 GB in March 2026 for the line: past 80 % of its 100 GB.
  void CrossEightyPercent(SmsNotices sms) {
    UsageMeter meter(*storage_, catalog_, clock_, sms);
    AccountingRecord record;
    record.status = AcctStatus::kInterimUpdate;
    record.nas = "bras-1";
    record.session_id = "S-1";
    record.user_name = "essential-1";
    record.input_octets = 85 * kGigabyte;
    record.event_time = InstantFromEpoch(1'774'900'000);  // March 2026
    auto report = meter.Record(std::vector{record});
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->notices, 1);
  }

  std::vector<Notification> Outbox() {
    auto page = Notifications(*Begin(TxMode::kRead)).ListForCustomer(customer_, {0, 50});
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->items : std::vector<Notification>();
  }

  Catalog catalog_;
  SettableClock clock_{InstantFromEpoch(1'775'000'000)};
  ProductId line_;
};

TEST_P(UsageSmsStorage, At80PercentTheNoticeGoesByEmailAndBySmsToEveryUsableNumberU12USE011) {
  CrossEightyPercent(SmsNotices::kOn);
  std::vector<std::string> sms_to;
  int emails = 0;
  for (const Notification& n : Outbox()) {
    EXPECT_EQ(n.kind, "usage.80");
    EXPECT_EQ(n.reference, "product/" + std::to_string(line_.value()));
    if (n.channel == NotificationChannel::kEmail) {
      ++emails;
      continue;
    }
    ASSERT_EQ(n.recipients.size(), 1u);
    sms_to.push_back(n.recipients[0]);
    EXPECT_NE(n.body.find("used 80% of 100 GB included in 2026-03"), std::string::npos) << n.body;
  }
  EXPECT_EQ(emails, 1);
  EXPECT_THAT(sms_to, ::testing::UnorderedElementsAre("+3225550101", "+32475550102"));
}

TEST_P(UsageSmsStorage, WithoutAnSmsWebhookNoSmsIsEnqueuedU12) {
  CrossEightyPercent(SmsNotices::kOff);
  const auto outbox = Outbox();
  ASSERT_EQ(outbox.size(), 1u);
  EXPECT_EQ(outbox[0].channel, NotificationChannel::kEmail);
}

INSTANTIATE_TEST_SUITE_P(Backends, NotificationChannelStorage, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         ParamName);
INSTANTIATE_TEST_SUITE_P(Backends, UsageSmsStorage, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
