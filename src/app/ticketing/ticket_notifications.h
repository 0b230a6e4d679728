// The messages a ticket sends its customer (DESK-017, U-23): opening, resolution, reopening, closure,
// Stop-Clock start and end, priority change and due-instant change. Each goes to the customer's
// authorised representatives (U-15) through the transactional outbox.
#pragma once

#include <span>
#include <string>

#include "domain/notification/notification.h"
#include "domain/party/customer.h"
#include "domain/ticketing/ticket.h"

namespace bizline {

enum class TicketEvent {
  kOpened,
  kResolved,
  kReopened,
  kClosed,
  kStopClockStarted,
  kStopClockEnded,
  kPriorityChanged,
  kDueChanged
};

std::string_view NotificationKind(TicketEvent event);  // e.g. "ticket.opened"

// One notification about `ticket`; recipients are the representatives' e-mails, comma-separated.
Notification TicketNotification(TicketEvent event, const Ticket& ticket,
                                std::span<const Representative> representatives, Instant now);

}  // namespace bizline
