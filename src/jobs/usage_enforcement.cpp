#include "jobs/usage_enforcement.h"

#include <spdlog/spdlog.h>

namespace bizline {

void AddUsageEnforcementJob(Scheduler& scheduler, std::shared_ptr<ThrottleEnforcer> enforcer,
                            std::chrono::milliseconds interval) {
  scheduler.Add(kUsageEnforcementJob, interval, [enforcer](const std::atomic<bool>&) {
    auto report = enforcer->RunOnce();
    if (!report) {
      spdlog::error("usage enforcement: {}", report.error().message);
      return;
    }
    if (report->sent > 0 || report->lifts_due > 0) {
      spdlog::info(
          "usage enforcement: {} request(s) sent, {} applied, {} disconnected, {} lifted, {} retried, {} "
          "unreachable, {} month-end lift(s)",
          report->sent, report->applied, report->disconnected, report->lifted, report->retried, report->unreachable,
          report->lifts_due);
    }
  });
}

}  // namespace bizline
