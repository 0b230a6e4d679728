// The real binary delivers its outbox over SMTP (--smtp through BIZLINE_SMTP): stopped while it
// is sending and started again on the same database, it delivers every notification exactly once.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "app/notification/ports.h"
#include "app/ordering/order_service.h"
#include "app/party/ports.h"
#include "main/capabilities.h"
#include "notify/smtp_message.h"
#include "storage/core/soci_storage.h"
#include "support/http_client.h"
#include "support/server_process.h"
#include "support/smtp_server.h"
#include "support/temp_dir.h"

namespace bizline::testing {
namespace {

constexpr const char* kFrom = "noreply@bizline.example";
constexpr int kTickets = 10;

// Every notification in the database, for every customer.
std::vector<Notification> AllNotifications(const std::string& db_url) {
  auto storage = SociStorage::Open(db_url, 1, AllRepositories());
  EXPECT_TRUE(storage.ok());
  auto tx = (*storage)->Begin(TxMode::kRead);
  std::vector<Notification> all;
  auto customers = Customers(**tx).List({}, {0, 1000});
  EXPECT_TRUE(customers.ok());
  for (const auto& customer : customers->items) {
    auto page = Notifications(**tx).ListForCustomer(customer.id, {0, 1000});
    EXPECT_TRUE(page.ok());
    for (auto& n : page->items) all.push_back(n);
  }
  return all;
}

bool AllSent(const std::string& db_url) {
  for (const auto& n : AllNotifications(db_url)) {
    if (n.status != NotificationStatus::kSent) return false;
  }
  return true;
}

TEST(ServeDelivery, StoppedMidWayAndRestartedDeliversEveryNotificationExactlyOnce) {
  SmtpServer smtp(std::chrono::milliseconds(150));  // slow enough to stop the server mid-way
  TempDir dir;
  const std::string db = dir.SqliteUrl();
  ASSERT_EQ(RunBizline({"demo", "--db", db}).exit_code, 0);
  // The demo has a late order (ORD-034). Its notice is announced here, before either server
  // starts, so no background job adds a notification while the test counts them.
  {
    auto storage = SociStorage::Open(db, 1, AllRepositories());
    ASSERT_TRUE(storage.ok());
    SystemClock clock;
    auto announced = LateActivationWatch(**storage, clock).RunOnce();
    ASSERT_TRUE(announced.ok());
    ASSERT_EQ(announced->announced, 1);
  }
  setenv("BIZLINE_SMTP", smtp.Url().c_str(), 1);
  setenv("BIZLINE_SMTP_FROM", kFrom, 1);

  auto server = std::make_unique<ServerProcess>(db);
  HttpClient client(server->port());
  std::string token = client.Login("rep@acme.example");
  const auto lines = client.Get("/tmf-api/productInventory/v4/product", token).Json();
  ASSERT_TRUE(lines.is_array() && !lines.empty());
  const std::string line = lines[0]["id"];  // an incident names its line (DESK-028)
  for (int i = 0; i < kTickets; ++i) {
    auto created = client.Post("/tmf-api/troubleTicket/v4/troubleTicket",
                               {{"description", "Slow line " + std::to_string(i)},
                                {"ticketType", "incident"},
                                {"severity", "minor"},
                                {"priority", "P3"},
                                {"relatedEntity", {{{"id", line}, {"role", "affectedProduct"}}}}},
                               token);
    ASSERT_EQ(created.status, 201) << created.body;
  }
  const std::size_t total = AllNotifications(db).size();
  ASSERT_GE(total, static_cast<std::size_t>(kTickets));
  smtp.WaitFor(3, std::chrono::seconds(30));
  EXPECT_EQ(server->Stop(), 0);
  const std::size_t at_stop = smtp.Messages().size();
  EXPECT_LT(at_stop, total) << "the server was not stopped mid-way";

  server = std::make_unique<ServerProcess>(db);
  for (int i = 0; i < 600 && !AllSent(db); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  server->Stop();
  unsetenv("BIZLINE_SMTP");
  unsetenv("BIZLINE_SMTP_FROM");

  ASSERT_TRUE(AllSent(db));
  auto messages = smtp.Messages();
  EXPECT_EQ(messages.size(), total);
  std::map<std::string, int> copies;
  for (const auto& m : messages) ++copies[m.Header("message-id")];
  for (const auto& n : AllNotifications(db)) {
    EXPECT_EQ(copies[MessageIdFor(n.id, kFrom)], 1) << n.kind << " " << n.reference;
    EXPECT_EQ(n.attempts, 1);
  }
}

}  // namespace
}  // namespace bizline::testing
