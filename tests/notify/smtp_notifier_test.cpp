// The SMTP notifier against a real SMTP server on loopback.
#include "notify_fixture.h"

namespace bizline::testing {
namespace {

Notification Sample(std::int64_t id, std::string subject = "Ticket BZ-2026-000017 was registered") {
  Notification n;
  n.id = NotificationId(id);
  n.customer_id = CustomerId(1);
  n.kind = "ticket.opened";
  n.reference = "troubleTicket/BZ-2026-000017";
  n.recipients = {"ann@acme.example", "luc@acme.example"};
  n.subject = std::move(subject);
  n.body = "First line\n.\nA line after a lone dot";
  return n;
}

class SmtpNotifierTest : public NotifyTest {};

TEST_F(SmtpNotifierTest, DeliversOneMessageToEveryRecipientWithAStableMessageId) {
  SmtpNotifier notifier(Smtp(), clock_);
  ASSERT_TRUE(notifier.Send(Sample(17)).ok());
  ASSERT_EQ(smtp_.WaitFor(1, std::chrono::seconds(10)), 1u);
  auto mail = smtp_.Messages().at(0);
  EXPECT_EQ(mail.Header("x-sink-rcpt"), "ann@acme.example,luc@acme.example");
  EXPECT_EQ(mail.Header("from"), kFrom);
  EXPECT_EQ(mail.Header("subject"), "Ticket BZ-2026-000017 was registered");
  // The Message-ID comes from the notification id: a resend is recognisably the same message.
  EXPECT_EQ(mail.Header("message-id"), "<bizline.notification.17@bizline.example>");
  EXPECT_EQ(mail.Header("message-id"), MessageIdFor(NotificationId(17), kFrom));
  EXPECT_NE(mail.body.find("First line\r\n.\r\nA line after a lone dot"), std::string::npos) << mail.body;
}

TEST_F(SmtpNotifierTest, EncodesANonAsciiSubject) {
  SmtpNotifier notifier(Smtp(), clock_);
  ASSERT_TRUE(notifier.Send(Sample(18, "Ticket réglé")).ok());
  ASSERT_EQ(smtp_.WaitFor(1, std::chrono::seconds(10)), 1u);
  EXPECT_EQ(smtp_.Messages().at(0).Header("subject"), "=?UTF-8?B?VGlja2V0IHLDqWdsw6k=?=");
}

TEST_F(SmtpNotifierTest, AServerThatIsDownIsATransientFailure) {
  smtp_.Stop();
  SmtpNotifier notifier(Smtp(), clock_);
  auto sent = notifier.Send(Sample(19));
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, ErrorCode::kUnavailable) << sent.error().message;
}

TEST(SmtpMessage, HeadersNeverCarryALineBreak) {
  Notification n = Sample(5, "Subject\r\nBcc: victim@example.com");
  std::string message = FormatMessage(n, kFrom, InstantFromEpoch(0));
  EXPECT_EQ(message.find("\r\nBcc:"), std::string::npos);
  EXPECT_NE(message.find("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"), std::string::npos);
}

SmtpOptions Options(std::string url, std::string from) { return SmtpOptions{std::move(url), std::move(from), "", ""}; }

TEST(SmtpOptionsCheck, RefusesAnotherSchemeAndAFromWithoutAddress) {
  EXPECT_EQ(ValidateSmtpOptions(Options("http://127.0.0.1:25", kFrom)).error().field, "smtp");
  EXPECT_EQ(ValidateSmtpOptions(Options("smtp://127.0.0.1:25", "bizline")).error().field, "smtpFrom");
  EXPECT_TRUE(ValidateSmtpOptions(Options("smtp://127.0.0.1:25", kFrom)).ok());
}

}  // namespace
}  // namespace bizline::testing
