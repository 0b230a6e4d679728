#include "app/ticketing/ticket_notifications.h"

#include <date/date.h>

namespace bizline {
namespace {

std::string Describe(TicketEvent event, const Ticket& t) {
  auto due = t.expected_resolution ? date::format("%F %H:%M UTC", *t.expected_resolution) : std::string("not set");
  std::string priority = t.priority ? std::string(ToString(*t.priority)) : std::string("awaiting triage");
  switch (event) {
    case TicketEvent::kOpened: return "was registered with priority " + priority + "; expected resolution " + due;
    case TicketEvent::kResolved: return "is resolved";
    case TicketEvent::kReopened: return "is reopened: the service desk works on it again";
    case TicketEvent::kClosed: return "is closed";
    case TicketEvent::kStopClockStarted: return "is pending (Stop-Clock: " + t.status_change_reason + ")";
    case TicketEvent::kStopClockEnded: return "is no longer pending; the clock runs again";
    case TicketEvent::kPriorityChanged: return "now has priority " + priority;
    case TicketEvent::kDueChanged: return "has a new expected resolution: " + due;
  }
  return "changed";
}

}  // namespace

std::string_view NotificationKind(TicketEvent event) {
  switch (event) {
    case TicketEvent::kOpened: return "ticket.opened";
    case TicketEvent::kResolved: return "ticket.resolved";
    case TicketEvent::kReopened: return "ticket.reopened";
    case TicketEvent::kClosed: return "ticket.closed";
    case TicketEvent::kStopClockStarted: return "ticket.stopClockStarted";
    case TicketEvent::kStopClockEnded: return "ticket.stopClockEnded";
    case TicketEvent::kPriorityChanged: return "ticket.priorityChanged";
    case TicketEvent::kDueChanged: return "ticket.dueChanged";
  }
  return "ticket.changed";
}

Notification TicketNotification(TicketEvent event, const Ticket& ticket,
                                std::span<const Representative> representatives, Instant now) {
  Notification n = NoticeTo(ticket.customer_id.value_or(CustomerId()), representatives,
                            std::string(NotificationKind(event)), "troubleTicket/" + ticket.number, now);
  std::string what = Describe(event, ticket);
  n.subject = "Ticket " + ticket.number + " " + what;
  n.body = "Your ticket " + ticket.number + " (" + ticket.description.substr(0, 200) + ") " + what + ".";
  return n;
}

}  // namespace bizline
