// U-12 / USE-011 by SMS: the webhook notifier against an HTTP sink on loopback (2xx sent, 4xx
// failed for good, 408/429/5xx, a closed port and a silent server retried), its URL checked at
// start-up, and the delivery job routing each notification of the outbox by its channel.
#include <gtest/gtest.h>

#include "app/app_fixture.h"
#include "app/notification/notification_delivery.h"
#include "app/notification/ports.h"
#include "notify/sms_webhook_notifier.h"
#include "support/http_sink.h"

namespace bizline::testing {
namespace {

Notification Sms(std::int64_t id, std::string to = "+3225550101") {
  Notification n;
  n.id = NotificationId(id);
  n.customer_id = CustomerId(1);
  n.channel = NotificationChannel::kSms;
  n.kind = "usage.80";
  n.reference = "product/3";
  n.recipients = {std::move(to)};
  n.subject = "bizline: line 3 used 80%";
  n.body = "bizline: line 3 used 80% — of its volume";
  return n;
}

SmsWebhookNotifier Notifier(const HttpSink& sink, std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
  auto url = ParseSmsWebhookUrl(sink.Url("/sms?token=abc"));
  EXPECT_TRUE(url.ok());
  return SmsWebhookNotifier(SmsWebhookOptions{*url, timeout});
}

TEST(SmsWebhook, PostsOneJsonSmsWithTheNotificationIdAsIdempotencyKeyU12) {
  HttpSink sink;
  SmsWebhookNotifier notifier = Notifier(sink);
  auto sent = notifier.Send(Sms(17));
  ASSERT_TRUE(sent.ok()) << sent.error().message;
  ASSERT_EQ(sink.Requests().size(), 1u);
  const ReceivedRequest request = sink.Requests().at(0);
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.target, "/sms?token=abc");
  EXPECT_EQ(request.Header("idempotency-key"), "17");
  EXPECT_EQ(request.Header("content-type"), "application/json");
  EXPECT_EQ(request.Header("host"), "127.0.0.1:" + std::to_string(sink.port()));
  const auto body = request.Json();
  ASSERT_TRUE(body.is_object()) << request.body;
  EXPECT_EQ(body["id"], "17");
  EXPECT_EQ(body["to"], "+3225550101");
  EXPECT_EQ(body["text"], "bizline: line 3 used 80% — of its volume");
  EXPECT_EQ(body["reference"], "product/3");
  EXPECT_EQ(body["kind"], "usage.80");
}

TEST(SmsWebhook, EveryTwoHundredAnswerIsSent) {
  HttpSink sink;
  sink.AnswerWith(202, "queued");
  EXPECT_TRUE(Notifier(sink).Send(Sms(1)).ok());
  sink.AnswerWith(204);
  EXPECT_TRUE(Notifier(sink).Send(Sms(2)).ok());
}

TEST(SmsWebhook, AFourHundredAnswerFailsForGoodWithWhatTheGatewaySaid) {
  HttpSink sink;
  sink.AnswerWith(400, "{\"error\":\"invalid number\"}");
  auto sent = Notifier(sink).Send(Sms(3));
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(sent.error().message.find("400"), std::string::npos) << sent.error().message;
  EXPECT_NE(sent.error().message.find("invalid number"), std::string::npos) << sent.error().message;
  sink.AnswerWith(404);
  EXPECT_EQ(Notifier(sink).Send(Sms(4)).error().code, ErrorCode::kInvalidArgument);
}

TEST(SmsWebhook, ServerErrorsTimeoutsAndThrottlingAreRetried) {
  HttpSink sink;
  for (unsigned status : {500u, 502u, 503u, 408u, 429u}) {
    sink.AnswerWith(status);
    auto sent = Notifier(sink).Send(Sms(5));
    ASSERT_FALSE(sent.ok()) << status;
    EXPECT_EQ(sent.error().code, ErrorCode::kUnavailable) << status << ": " << sent.error().message;
  }
}

TEST(SmsWebhook, AClosedPortIsRetried) {
  SmsWebhookUrl url;
  {
    HttpSink gone;
    url = *ParseSmsWebhookUrl(gone.Url());
  }
  auto sent = SmsWebhookNotifier(SmsWebhookOptions{url, std::chrono::seconds(5)}).Send(Sms(6));
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(sent.error().message.find("connect"), std::string::npos) << sent.error().message;
}

TEST(SmsWebhook, AGatewayThatDoesNotAnswerIsGivenUpAfterTheTimeout) {
  HttpSink sink;
  sink.DelayAnswers(std::chrono::milliseconds(1500));
  const auto start = std::chrono::steady_clock::now();
  auto sent = Notifier(sink, std::chrono::milliseconds(300)).Send(Sms(7));
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(sent.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(sent.error().message.find("no answer within 300 ms"), std::string::npos) << sent.error().message;
  EXPECT_LT(took, std::chrono::milliseconds(1200));
}

TEST(SmsWebhook, OnlyAnSmsToOneNumberIsSent) {
  HttpSink sink;
  Notification mail = Sms(8);
  mail.channel = NotificationChannel::kEmail;
  EXPECT_EQ(Notifier(sink).Send(mail).error().code, ErrorCode::kInvalidArgument);
  Notification two = Sms(9);
  two.recipients.push_back("+32475550102");
  EXPECT_EQ(Notifier(sink).Send(two).error().code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(sink.Requests().empty());
}

TEST(SmsWebhookUrlCheck, TakesPlainHttpWithHostPortAndPath) {
  auto url = ParseSmsWebhookUrl("http://127.0.0.1:8088/sms/send?key=k1");
  ASSERT_TRUE(url.ok());
  EXPECT_EQ(url->host, "127.0.0.1");
  EXPECT_EQ(url->port, 8088);
  EXPECT_EQ(url->target, "/sms/send?key=k1");
  url = ParseSmsWebhookUrl("HTTP://sms-gw.example");
  ASSERT_TRUE(url.ok());
  EXPECT_EQ(url->port, 80);
  EXPECT_EQ(url->target, "/");
  url = ParseSmsWebhookUrl("http://[::1]:9000/x");
  ASSERT_TRUE(url.ok());
  EXPECT_EQ(url->host, "::1");
  EXPECT_EQ(url->port, 9000);
}

TEST(SmsWebhookUrlCheck, RefusesHttpsAndMalformedUrlsNamingTheFlag) {
  auto https = ParseSmsWebhookUrl("https://sms.example/send");
  ASSERT_FALSE(https.ok());
  EXPECT_EQ(https.error().field, "sms-webhook");
  EXPECT_NE(https.error().message.find("https is not supported"), std::string::npos) << https.error().message;
  for (const char* bad :
       {"", "sms.example/send", "ftp://sms.example/", "http://", "http://:8080/sms", "http://h:0/", "http://h:65536/",
        "http://h:80x/", "http://user:pw@h/sms", "http://h/sms#frag", "http://h/a b", "http://h_1/", "http://[::1/"}) {
    auto url = ParseSmsWebhookUrl(bad);
    ASSERT_FALSE(url.ok()) << bad;
    EXPECT_EQ(url.error().field, "sms-webhook") << bad;
    EXPECT_EQ(url.error().code, ErrorCode::kInvalidArgument) << bad;
  }
}

// Records what it is given; answers `outcome`.
class RecordingSender final : public NotificationSender {
 public:
  Status Send(const Notification& n) override {
    sent.push_back(n);
    return Ok{};
  }
  std::vector<Notification> sent;
};

class SmsDeliveryTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    customer_ = NewCustomer("Acme NV", "0403.170.701").id;
  }

  NotificationId Enqueue(NotificationChannel channel, std::vector<std::string> recipients) {
    auto tx = storage_->Begin(TxMode::kWrite);
    EXPECT_TRUE(tx.ok());
    Notification n = Sms(0, "");
    n.id = NotificationId();
    n.customer_id = customer_;
    n.channel = channel;
    n.recipients = std::move(recipients);
    n.created_at = n.next_attempt_at = clock_.Now();
    auto id = Notifications(**tx).Enqueue(n);
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE((*tx)->Commit().ok());
    return *id;
  }

  Notification Read(NotificationId id) {
    auto tx = storage_->Begin(TxMode::kRead);
    auto page = Notifications(**tx).ListForCustomer(customer_, {0, 100});
    EXPECT_TRUE(page.ok());
    for (const auto& n : page->items) {
      if (n.id == id) return n;
    }
    ADD_FAILURE() << "no notification " << id.value();
    return {};
  }

  CustomerId customer_;
  HttpSink sink_;
};

TEST_F(SmsDeliveryTest, EachNotificationGoesThroughItsChannelsSenderU12) {
  const NotificationId mail = Enqueue(NotificationChannel::kEmail, {"ann@acme.example"});
  const NotificationId sms = Enqueue(NotificationChannel::kSms, {"+3225550101"});
  RecordingSender smtp;
  SmsWebhookNotifier webhook = Notifier(sink_);
  NotificationDelivery delivery(*storage_, clock_, NotificationSenders{&smtp, &webhook});
  auto report = delivery.RunOnce();
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->sent, 2);
  ASSERT_EQ(smtp.sent.size(), 1u);
  EXPECT_EQ(smtp.sent[0].id, mail);
  ASSERT_EQ(sink_.Requests().size(), 1u);
  EXPECT_EQ(sink_.Requests()[0].Header("idempotency-key"), std::to_string(sms.value()));
  EXPECT_EQ(sink_.Requests()[0].Json()["to"], "+3225550101");
  EXPECT_EQ(Read(sms).status, NotificationStatus::kSent);
  EXPECT_EQ(Read(sms).channel, NotificationChannel::kSms);
}

TEST_F(SmsDeliveryTest, AChannelWithoutSenderIsLeftPendingUntouched) {
  const NotificationId mail = Enqueue(NotificationChannel::kEmail, {"ann@acme.example"});
  const NotificationId sms = Enqueue(NotificationChannel::kSms, {"+3225550101"});
  SmsWebhookNotifier webhook = Notifier(sink_);
  NotificationDelivery delivery(*storage_, clock_, NotificationSenders{nullptr, &webhook});
  auto report = delivery.RunOnce();
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->claimed, 1);
  EXPECT_EQ(Read(sms).status, NotificationStatus::kSent);
  const Notification waiting = Read(mail);
  EXPECT_EQ(waiting.status, NotificationStatus::kPending);
  EXPECT_EQ(waiting.attempts, 0);
  EXPECT_EQ(waiting.next_attempt_at, clock_.Now()) << "not claimed, so not leased either";
}

TEST_F(SmsDeliveryTest, ARefusedSmsFailsAtOnceAndAnUnavailableGatewayIsRetried) {
  SmsWebhookNotifier webhook = Notifier(sink_);
  NotificationDelivery delivery(*storage_, clock_, NotificationSenders{nullptr, &webhook});
  const NotificationId refused = Enqueue(NotificationChannel::kSms, {"+3225550101"});
  sink_.AnswerWith(422, "unknown number");
  ASSERT_TRUE(delivery.RunOnce().ok());
  EXPECT_EQ(Read(refused).status, NotificationStatus::kFailed);
  EXPECT_NE(Read(refused).last_error.find("422"), std::string::npos);

  const NotificationId later = Enqueue(NotificationChannel::kSms, {"+32475550102"});
  sink_.AnswerWith(503);
  auto report = delivery.RunOnce();
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->retried, 1);
  EXPECT_EQ(Read(later).status, NotificationStatus::kPending);
  EXPECT_EQ(Read(later).attempts, 1);
  sink_.AnswerWith(200);
  clock_.Advance(std::chrono::minutes(10));  // past the first backoff
  ASSERT_EQ(delivery.RunOnce()->sent, 1);
  EXPECT_EQ(Read(later).status, NotificationStatus::kSent);
  // The resend carries the same key: the gateway can tell it from a new SMS.
  const auto requests = sink_.Requests();
  ASSERT_EQ(requests.size(), 3u);
  EXPECT_EQ(requests[1].Header("idempotency-key"), requests[2].Header("idempotency-key"));
}

}  // namespace
}  // namespace bizline::testing
