// The server's background jobs, wired: the SMTP sender when a URL is configured (--smtp or
// BIZLINE_SMTP), the notification delivery and the SLA breach watch on their own scheduler
// thread. Stopping (or destroying) it lets the running job finish first.
#pragma once

#include <memory>
#include <string>

#include "jobs/scheduler.h"
#include "main/wiring.h"
#include "notify/smtp_notifier.h"

namespace bizline {

struct JobsConfig {
  std::string smtp_url;  // empty: notifications stay pending
  std::string smtp_from = "bizline@localhost";
  std::string smtp_user;  // empty: no SMTP AUTH
  std::string smtp_password;
};

class BackgroundJobs {
 public:
  static Result<std::unique_ptr<BackgroundJobs>> Start(Wiring& wiring, const JobsConfig& config);
  ~BackgroundJobs() { Stop(); }
  void Stop() { scheduler_.Stop(); }

 private:
  BackgroundJobs() = default;
  std::unique_ptr<SmtpNotifier> smtp_;
  Scheduler scheduler_;  // declared last: stopped before the sender goes away
};

}  // namespace bizline
