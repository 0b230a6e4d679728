#include "main/background_wiring.h"

#include "jobs/background_jobs.h"

namespace bizline {

Result<std::unique_ptr<BackgroundJobs>> BackgroundJobs::Start(Assembly& assembly, const JobsConfig& config,
                                                              boost::asio::io_context& io) {
  std::unique_ptr<BackgroundJobs> jobs(new BackgroundJobs(io));
  if (!config.smtp_url.empty()) {
    SmtpOptions smtp{config.smtp_url, config.smtp_from, config.smtp_user, config.smtp_password};
    TRY(ValidateSmtpOptions(smtp));
    jobs->smtp_ = std::make_unique<SmtpNotifier>(std::move(smtp), assembly.platform().clock);
  }
  BackgroundJobOptions options;
  options.session_silence = Seconds(config.session_silence_seconds);
  JobContext context{jobs->smtp_.get(), options};
  for (const JobAdder& add : assembly.jobs()) add(jobs->scheduler_, context);
  jobs->scheduler_.Start();
  return jobs;
}

}  // namespace bizline
