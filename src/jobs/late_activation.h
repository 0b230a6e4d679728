// The late-activation job (ORD-034): every few minutes, LateActivationWatch (app/order_service.h)
// tells the Client about each order whose target activation date passed without activation,
// once per target date. The watch keeps its own record on the order, so the interval and
// restarts never change how many notices are sent.
#pragma once

#include <chrono>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "jobs/scheduler.h"

namespace bizline {

inline constexpr const char* kLateActivationJob = "late-activation-watch";
inline constexpr std::chrono::milliseconds kLateActivationInterval{std::chrono::minutes(10)};

void AddLateActivationJob(Scheduler& scheduler, Storage& storage, const Clock& clock,
                          std::chrono::milliseconds interval = kLateActivationInterval);

}  // namespace bizline
