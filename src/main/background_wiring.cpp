#include "main/background_wiring.h"

#include <spdlog/spdlog.h>

#include "jobs/background_jobs.h"

namespace bizline {

Result<SmsNotices> SmsNoticesFor(const std::string& sms_webhook) {
  if (sms_webhook.empty()) {
    spdlog::info("no SMS webhook configured (--sms-webhook or BIZLINE_SMS_WEBHOOK): SMS is off, notices go by e-mail");
    return SmsNotices::kOff;
  }
  TRY(ParseSmsWebhookUrl(sms_webhook));
  return SmsNotices::kOn;
}

Result<std::unique_ptr<BackgroundJobs>> BackgroundJobs::Start(Assembly& assembly, const JobsConfig& config,
                                                              boost::asio::io_context& io, NasControl* nas) {
  std::unique_ptr<BackgroundJobs> jobs(new BackgroundJobs(io));
  if (!config.smtp_url.empty()) {
    SmtpOptions smtp{config.smtp_url, config.smtp_from, config.smtp_user, config.smtp_password};
    TRY(ValidateSmtpOptions(smtp));
    jobs->smtp_ = std::make_unique<SmtpNotifier>(std::move(smtp), assembly.platform().clock);
  }
  if (!config.sms_webhook.empty()) {
    ASSIGN_OR_RETURN(SmsWebhookUrl url, ParseSmsWebhookUrl(config.sms_webhook));
    jobs->sms_ = std::make_unique<SmsWebhookNotifier>(SmsWebhookOptions{std::move(url)});
  }
  BackgroundJobOptions options;
  options.session_silence = Seconds(config.session_silence_seconds);
  JobContext context{jobs->smtp_.get(), options, nas};
  context.sms_sender = jobs->sms_.get();
  for (const JobAdder& add : assembly.jobs()) add(jobs->scheduler_, context);
  jobs->scheduler_.Start();
  return jobs;
}

}  // namespace bizline
