// A real SQLite outbox, a clock the test drives, and a real SMTP server on loopback.
#pragma once

#include <gtest/gtest.h>

#include "app/app_fixture.h"
#include "app/notification/notification_delivery.h"
#include "app/notification/ports.h"
#include "notify/smtp_message.h"
#include "notify/smtp_notifier.h"
#include "support/smtp_server.h"

namespace bizline::testing {

inline constexpr const char* kFrom = "noreply@bizline.example";

class NotifyTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    customer_ = NewCustomer("Acme NV", "0403.170.701").id;
  }

  SmtpOptions Smtp() const {
    return SmtpOptions{smtp_.Url(), kFrom, "", "", std::chrono::seconds(2), std::chrono::seconds(10)};
  }

  // Enqueues `count` notifications and returns their ids in order.
  std::vector<NotificationId> Enqueue(int count, const std::vector<std::string>& recipients = {"ann@acme.example",
                                                                                               "luc@acme.example"}) {
    std::vector<NotificationId> ids;
    auto tx = storage_->Begin(TxMode::kWrite);
    EXPECT_TRUE(tx.ok());
    for (int i = 0; i < count; ++i) {
      Notification n;
      n.customer_id = customer_;
      n.kind = "ticket.opened";
      n.reference = "troubleTicket/BZ-2026-" + std::to_string(100000 + i);
      n.recipients = recipients;
      n.subject = "Ticket " + std::to_string(i) + " was registered";
      n.body = "Line one\n.\nLine three after a lone dot";
      n.created_at = clock_.Now();
      n.next_attempt_at = clock_.Now();
      auto id = Notifications(**tx).Enqueue(n);
      EXPECT_TRUE(id.ok());
      ids.push_back(*id);
    }
    EXPECT_TRUE((*tx)->Commit().ok());
    return ids;
  }

  std::vector<Notification> Outbox() {
    auto tx = storage_->Begin(TxMode::kRead);
    auto page = Notifications(**tx).ListForCustomer(customer_, {0, 1000});
    EXPECT_TRUE(page.ok());
    return page->items;
  }

  // Message-ID -> how many copies the server received.
  std::map<std::string, int> CopiesByMessageId() const {
    std::map<std::string, int> copies;
    for (const auto& m : smtp_.Messages()) ++copies[m.Header("message-id")];
    return copies;
  }

  SmtpServer smtp_;
  CustomerId customer_;
};

}  // namespace bizline::testing
