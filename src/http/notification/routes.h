// The notification capability's routes: a customer's notifications from the outbox.
#pragma once

#include "app/notification/notification_service.h"
#include "http/core/router.h"

namespace bizline::http {

void AddNotificationRoutes(Router& router, NotificationService& notifications);

}  // namespace bizline::http
