#include "jobs/background_jobs.h"

#include <spdlog/spdlog.h>

#include <memory>

#include "app/ticketing/sla_watch.h"

namespace bizline {

void AddDeliveryJob(Scheduler& scheduler, Storage& storage, const Clock& clock, const JobContext& context) {
  if (context.sender == nullptr) {
    spdlog::warn("no SMTP server configured (--smtp or BIZLINE_SMTP): e-mail notifications stay pending in the outbox");
  }
  const NotificationSenders senders{context.sender, context.sms_sender};
  if (senders.Channels().empty()) return;
  auto delivery = std::make_shared<NotificationDelivery>(storage, clock, senders, context.options.delivery);
  const int batch = context.options.delivery.batch_size;
  scheduler.Add(kDeliveryJob, context.options.delivery_interval, [delivery, batch](const std::atomic<bool>& stop) {
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

void AddSlaWatchJob(Scheduler& scheduler, Storage& storage, const Clock& clock, std::shared_ptr<const SlaCatalog> sla,
                    const JobContext& context) {
  auto watch = std::make_shared<SlaWatch>(storage, clock, std::move(sla));
  scheduler.Add(kSlaWatchJob, context.options.sla_watch_interval, [watch](const std::atomic<bool>&) {
    auto report = watch->RunOnce();
    if (!report) {
      spdlog::error("SLA breach watch: {}", report.error().message);
      return;
    }
    if (report->breached > 0) spdlog::info("SLA breach watch: {} ticket(s) past due", report->breached);
  });
}

}  // namespace bizline
