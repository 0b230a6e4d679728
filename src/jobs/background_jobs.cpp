#include "jobs/background_jobs.h"

#include <spdlog/spdlog.h>

#include <memory>

#include "app/ticketing/sla_watch.h"
#include "jobs/late_activation.h"

namespace bizline {

void AddBackgroundJobs(Scheduler& scheduler, Storage& storage, const Clock& clock, NotificationSender* sender,
                       std::shared_ptr<const SlaCatalog> sla, const BackgroundJobOptions& options) {
  if (sender == nullptr) {
    spdlog::warn("no SMTP server configured (--smtp or BIZLINE_SMTP): notifications stay pending in the outbox");
  } else {
    auto delivery = std::make_shared<NotificationDelivery>(storage, clock, *sender, options.delivery);
    const int batch = options.delivery.batch_size;
    scheduler.Add(kDeliveryJob, options.delivery_interval, [delivery, batch](const std::atomic<bool>& stop) {
      // Drain what is due now, a batch at a time, unless the server is stopping.
      while (!stop) {
        auto report = delivery->RunOnce(&stop);
        if (!report) {
          spdlog::error("notification delivery: {}", report.error().message);
          return;
        }
        if (report->sent + report->retried + report->failed > 0) {
          spdlog::info("notifications: {} sent, {} to retry, {} failed", report->sent, report->retried, report->failed);
        }
        if (report->claimed < batch) return;
      }
    });
  }
  auto watch = std::make_shared<SlaWatch>(storage, clock, std::move(sla));
  scheduler.Add(kSlaWatchJob, options.sla_watch_interval, [watch](const std::atomic<bool>&) {
    auto report = watch->RunOnce();
    if (!report) {
      spdlog::error("SLA breach watch: {}", report.error().message);
      return;
    }
    if (report->breached > 0) spdlog::info("SLA breach watch: {} ticket(s) past due", report->breached);
  });
  AddLateActivationJob(scheduler, storage, clock, options.late_activation_interval);  // ORD-034
}

}  // namespace bizline
