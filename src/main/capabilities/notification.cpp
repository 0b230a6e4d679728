// Notification: the transactional outbox, its delivery job and a customer's notifications.
#include "app/notification/notification_service.h"
#include "app/notification/ports.h"
#include "http/notification/metrics_text.h"
#include "http/notification/routes.h"
#include "jobs/background_jobs.h"
#include "main/assembly.h"
#include "main/capabilities.h"
#include "storage/notification/repositories.h"

namespace bizline {

Capability NotificationCapability() {
  return {"notification", AddNotificationRepositories, [](Assembly& a) -> Status {
            Platform& p = a.platform();
            auto& notifications = a.Make<NotificationService>(*p.storage);
            a.AddRoutes([&notifications](http::Router& router) { http::AddNotificationRoutes(router, notifications); });
            a.AddJobs([&p](Scheduler& scheduler, const JobContext& context) {
              AddDeliveryJob(scheduler, *p.storage, p.clock, context);
            });
            a.AddMetrics([&p]() -> std::string {
              auto tx = p.storage->Begin(TxMode::kRead);
              if (!tx) return http::RenderOutboxMetrics(tx.error());
              return http::RenderOutboxMetrics(Notifications(**tx).CountByChannelAndStatus());
            });
            return Ok{};
          }};
}

}  // namespace bizline
