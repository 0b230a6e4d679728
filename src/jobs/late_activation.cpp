#include "jobs/late_activation.h"

#include <spdlog/spdlog.h>

#include <memory>

#include "app/ordering/order_service.h"

namespace bizline {

void AddLateActivationJob(Scheduler& scheduler, Storage& storage, const Clock& clock,
                          std::chrono::milliseconds interval) {
  auto watch = std::make_shared<LateActivationWatch>(storage, clock);
  scheduler.Add(kLateActivationJob, interval, [watch](const std::atomic<bool>&) {
    auto report = watch->RunOnce();
    if (!report) {
      spdlog::error("late activation watch: {}", report.error().message);
      return;
    }
    if (report->failed > 0) {
      spdlog::error("late activation watch: {} order(s) not announced, first: {}", report->failed, report->first_error);
    }
    if (report->announced > 0) spdlog::info("late activation watch: {} order(s) announced late", report->announced);
  });
}

}  // namespace bizline
