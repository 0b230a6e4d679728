// bizline's periodic jobs on a Scheduler: the notification delivery (when a sender is
// configured; without one, notifications stay pending in the outbox and this is logged once) and
// the SLA breach watch, and the late-activation watch (ORD-034).
#pragma once

#include <chrono>
#include <memory>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "app/notification/notification_delivery.h"
#include "domain/sla/sla_catalog.h"
#include "jobs/scheduler.h"

namespace bizline {

inline constexpr const char* kDeliveryJob = "notification-delivery";
inline constexpr const char* kSlaWatchJob = "sla-breach-watch";

struct BackgroundJobOptions {
  std::chrono::milliseconds delivery_interval{1000};
  std::chrono::milliseconds sla_watch_interval{30000};
  std::chrono::milliseconds late_activation_interval{600000};  // ORD-034, every 10 minutes
  DeliveryPolicy delivery;
};

// `sender` may be null (no SMTP configured); it must outlive the scheduler's run.
// `sla` (may be null) tells the breach watch which remedies a notice may promise.
void AddBackgroundJobs(Scheduler& scheduler, Storage& storage, const Clock& clock, NotificationSender* sender,
                       std::shared_ptr<const SlaCatalog> sla, const BackgroundJobOptions& options);

}  // namespace bizline
