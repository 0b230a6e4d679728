// The outbox entry every capability writes when it tells a customer something: addressed to the
// customer's authorised representatives as they are in this transaction, enqueued in it so the
// notice commits or rolls back with the change it reports.
#pragma once

#include <string>

#include "app/core/storage.h"
#include "domain/notification/notification.h"

namespace bizline {

Status NotifyRepresentatives(Transaction& tx, CustomerId customer, std::string kind, std::string reference,
                             std::string subject, std::string body, Instant now);

}  // namespace bizline
