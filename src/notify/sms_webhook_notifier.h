// Sends SMS notifications (U-12, USE-011) through an HTTP webhook: one POST per SMS of
// {"id", "to", "text", "reference", "kind"} as JSON to the URL of `serve --sms-webhook`, with the
// notification id as Idempotency-Key so a resend after a crash is recognisably the same SMS. Plain
// http:// only (Boost.Beast, no TLS): put a local relay in front of an https gateway. Each SMS is
// bounded by one timeout; the delivery job decides what to retry.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "app/notification/notification_delivery.h"
#include "domain/core/result.h"

namespace bizline {

inline constexpr const char* kSmsWebhookFlag = "sms-webhook";  // the field errors name

struct SmsWebhookUrl {
  std::string host;  // a name, an IPv4 address or an IPv6 address (without brackets)
  std::uint16_t port = 80;
  std::string target = "/";  // path and query
};

// http://HOST[:PORT][/PATH][?QUERY]. An https URL, another scheme, credentials, a fragment, a
// missing host, a bad port or a character a request line cannot carry is InvalidArgument naming
// the flag (kSmsWebhookFlag).
Result<SmsWebhookUrl> ParseSmsWebhookUrl(std::string_view url);

struct SmsWebhookOptions {
  SmsWebhookUrl url;
  std::chrono::milliseconds timeout{10000};  // one SMS: connect, send and the answer
};

// The JSON body of one SMS notification (its one recipient is "to"; the text is its body).
std::string SmsWebhookBody(const Notification& notification);

class SmsWebhookNotifier final : public NotificationSender {
 public:
  explicit SmsWebhookNotifier(SmsWebhookOptions options) : options_(std::move(options)) {}
  // 2xx: sent. 408, 429, 5xx, other answers, connection errors and the timeout: kUnavailable
  // (retried with backoff). Other 4xx, or a notification that is not one SMS to one number:
  // kInvalidArgument (failed for good).
  Status Send(const Notification& notification) override;

 private:
  SmsWebhookOptions options_;
};

}  // namespace bizline
