// Notification: the transactional outbox, its delivery job and a customer's notifications.
#include "app/notification/notification_service.h"
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
            return Ok{};
          }};
}

}  // namespace bizline
