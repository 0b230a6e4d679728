// bizline's periodic jobs, one adder per capability that has one, each placing its job on the
// runtime's Scheduler: the notification delivery (e-mail and SMS, each when its sender is
// configured; without one, that channel's notifications stay pending in the outbox and this is
// logged once), the SLA breach watch and the
// late-activation watch (ORD-034, jobs/late_activation.h).
#pragma once

#include <chrono>
#include <memory>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "app/notification/notification_delivery.h"
#include "app/usage/throttle_enforcer.h"
#include "domain/sla/sla_catalog.h"
#include "jobs/late_activation.h"
#include "jobs/scheduler.h"

namespace bizline {

inline constexpr const char* kDeliveryJob = "notification-delivery";
inline constexpr const char* kSlaWatchJob = "sla-breach-watch";

struct BackgroundJobOptions {
  std::chrono::milliseconds delivery_interval{1000};
  std::chrono::milliseconds sla_watch_interval{30000};
  std::chrono::milliseconds late_activation_interval = kLateActivationInterval;  // ORD-034
  Seconds session_silence = std::chrono::hours(2);  // usage: an accounting session without Stop ends
  DeliveryPolicy delivery;
};

// What the server hands every capability's jobs when it starts them.
struct JobContext {
  NotificationSender* sender = nullptr;  // null: no SMTP configured; it outlives the scheduler's run
  BackgroundJobOptions options;
  NasControl* nas = nullptr;                 // null: no RADIUS clients configured, no NAS to tell (U-13)
  NotificationSender* sms_sender = nullptr;  // null: no SMS webhook (--sms-webhook); SMS are not enqueued
};

void AddDeliveryJob(Scheduler& scheduler, Storage& storage, const Clock& clock, const JobContext& context);
// `sla` (may be null) tells the breach watch which remedies a notice may promise.
void AddSlaWatchJob(Scheduler& scheduler, Storage& storage, const Clock& clock, std::shared_ptr<const SlaCatalog> sla,
                    const JobContext& context);

}  // namespace bizline
