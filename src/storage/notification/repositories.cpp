#include "storage/notification/repositories.h"

#include "app/notification/ports.h"
#include "storage/notification/notification_repository.h"

namespace bizline {

void AddNotificationRepositories(RepositoryFactories& factories) {
  factories.Add<NotificationRepository, SociNotificationRepository>();
}

}  // namespace bizline
