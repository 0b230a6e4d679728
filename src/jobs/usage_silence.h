// The lost-Stop job (issue 11 item 2): every few minutes, accounting sessions silent for longer
// than the configured silence are closed (their volume stays counted; a later record of the same
// session still counts from its last counters). The silence must exceed the NAS's
// Acct-Interim-Interval with margin: 2 hours by default.
#pragma once

#include <chrono>

#include "app/core/clock.h"
#include "app/usage/usage_meter.h"
#include "jobs/scheduler.h"

namespace bizline {

inline constexpr const char* kUsageSilenceJob = "usage-silence";
inline constexpr std::chrono::milliseconds kUsageSilenceInterval{std::chrono::minutes(5)};
inline constexpr Seconds kDefaultSessionSilence = std::chrono::hours(2);

void AddUsageSilenceJob(Scheduler& scheduler, UsageMeter& meter, const Clock& clock, Seconds silence,
                        std::chrono::milliseconds interval = kUsageSilenceInterval);

}  // namespace bizline
