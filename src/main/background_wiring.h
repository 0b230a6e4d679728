// The server's background jobs, wired: the SMTP sender when a URL is configured (--smtp or
// BIZLINE_SMTP) and every job the capabilities registered, on one scheduler of the runtime.
#pragma once

#include <memory>
#include <string>

#include "jobs/scheduler.h"
#include "main/assembly.h"
#include "notify/smtp_notifier.h"

namespace bizline {

struct JobsConfig {
  std::string smtp_url;  // empty: notifications stay pending
  std::string smtp_from = "bizline@localhost";
  std::string smtp_user;  // empty: no SMTP AUTH
  std::string smtp_password;
  int session_silence_seconds = 7200;  // usage: an accounting session silent this long is closed
};

class BackgroundJobs {
 public:
  // The jobs run on `io`, the process's runtime, which must outlive them.
  static Result<std::unique_ptr<BackgroundJobs>> Start(Assembly& assembly, const JobsConfig& config,
                                                       boost::asio::io_context& io);
  ~BackgroundJobs() { Stop(); }
  void Stop() { scheduler_.Stop(); }

 private:
  explicit BackgroundJobs(boost::asio::io_context& io) : scheduler_(io) {}
  std::unique_ptr<SmtpNotifier> smtp_;
  Scheduler scheduler_;  // declared last: stopped before the sender goes away
};

}  // namespace bizline
