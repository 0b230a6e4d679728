#include "main/background_wiring.h"

#include "jobs/background_jobs.h"

namespace bizline {

Result<std::unique_ptr<BackgroundJobs>> BackgroundJobs::Start(Wiring& wiring, const JobsConfig& config) {
  std::unique_ptr<BackgroundJobs> jobs(new BackgroundJobs());
  if (!config.smtp_url.empty()) {
    SmtpOptions smtp{config.smtp_url, config.smtp_from, config.smtp_user, config.smtp_password};
    if (auto s = ValidateSmtpOptions(smtp); !s) return s.error();
    jobs->smtp_ = std::make_unique<SmtpNotifier>(std::move(smtp), wiring.clock);
  }
  AddBackgroundJobs(jobs->scheduler_, *wiring.storage, wiring.clock, jobs->smtp_.get(), wiring.sla,
                    BackgroundJobOptions{});
  jobs->scheduler_.Start();
  return jobs;
}

}  // namespace bizline
