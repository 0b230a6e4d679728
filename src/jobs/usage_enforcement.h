// The throttle job (U-13): every few seconds the ThrottleEnforcer tells NASes of new throttles,
// retries the ones that did not answer, and lifts the throttles of months that are over. Off
// when no RADIUS clients are configured (no NAS to tell).
#pragma once

#include <chrono>
#include <memory>

#include "app/usage/throttle_enforcer.h"
#include "jobs/scheduler.h"

namespace bizline {

inline constexpr const char* kUsageEnforcementJob = "usage-enforcement";
inline constexpr std::chrono::milliseconds kUsageEnforcementInterval{std::chrono::seconds(5)};

void AddUsageEnforcementJob(Scheduler& scheduler, std::shared_ptr<ThrottleEnforcer> enforcer,
                            std::chrono::milliseconds interval = kUsageEnforcementInterval);

}  // namespace bizline
