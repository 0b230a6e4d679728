#include "jobs/usage_silence.h"

#include <spdlog/spdlog.h>

namespace bizline {

void AddUsageSilenceJob(Scheduler& scheduler, UsageMeter& meter, const Clock& clock, Seconds silence,
                        std::chrono::milliseconds interval) {
  scheduler.Add(kUsageSilenceJob, interval, [&meter, &clock, silence](const std::atomic<bool>&) {
    auto closed = meter.CloseSilentSessions(clock.Now(), silence);
    if (!closed) {
      spdlog::error("usage silence: {}", closed.error().message);
      return;
    }
    if (*closed > 0) spdlog::info("usage silence: {} accounting session(s) without Stop closed", *closed);
  });
}

}  // namespace bizline
