// The server's background jobs, wired: the SMTP sender when a URL is configured (--smtp or
// BIZLINE_SMTP), the SMS webhook sender when one is (--sms-webhook or BIZLINE_SMS_WEBHOOK), and
// every job the capabilities registered, on one scheduler of the runtime.
#pragma once

#include <memory>
#include <string>

#include "jobs/scheduler.h"
#include "main/assembly.h"
#include "notify/sms_webhook_notifier.h"
#include "notify/smtp_notifier.h"

namespace bizline {

struct JobsConfig {
  std::string smtp_url;  // empty: notifications stay pending
  std::string smtp_from = "bizline@localhost";
  std::string smtp_user;  // empty: no SMTP AUTH
  std::string smtp_password;
  int session_silence_seconds = 7200;  // usage: an accounting session silent this long is closed
  std::string sms_webhook;             // empty: no SMS is enqueued nor sent (U-12)
};

// Whether SMS notices are enqueued, from `sms_webhook`: kOn when one is set (checked: an https
// or malformed URL is an error naming --sms-webhook), else kOff, logged once. Decided before the
// capabilities are assembled, so the use cases that send SMS know it (Platform::sms).
Result<SmsNotices> SmsNoticesFor(const std::string& sms_webhook);

class BackgroundJobs {
 public:
  // The jobs run on `io`, the process's runtime, which must outlive them.
  // `nas` (may be null: no RADIUS clients) is told of throttles; it outlives the jobs.
  static Result<std::unique_ptr<BackgroundJobs>> Start(Assembly& assembly, const JobsConfig& config,
                                                       boost::asio::io_context& io, NasControl* nas = nullptr);
  ~BackgroundJobs() { Stop(); }
  void Stop() { scheduler_.Stop(); }

 private:
  explicit BackgroundJobs(boost::asio::io_context& io) : scheduler_(io) {}
  std::unique_ptr<SmtpNotifier> smtp_;
  std::unique_ptr<SmsWebhookNotifier> sms_;
  Scheduler scheduler_;  // declared last: stopped before the sender goes away
};

}  // namespace bizline
