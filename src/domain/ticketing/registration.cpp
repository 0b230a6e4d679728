#include "domain/ticketing/registration.h"

#include <algorithm>

#include "domain/ticketing/classification.h"
#include "domain/ticketing/service_desk.h"

namespace bizline {

namespace {

// DESK-023/DESK-047: a P1 comes by phone to the service desk; DESK-007/U-39: or from monitoring.
bool MayCarryP1(Channel channel) { return channel == Channel::kPhone || channel == Channel::kMonitoring; }

}  // namespace

Status CheckPriorityForChannel(std::optional<Priority> priority, Channel channel) {
  if (priority == Priority::kP1 && !MayCarryP1(channel)) {
    return Error::Invalid("priority",
                          "a P1 (complete interruption) must be reported by phone to the service desk, not by " +
                              std::string(ToString(channel)),
                          "DESK-047");
  }
  return Ok{};
}

Status CheckOnDemandEstimate(const Ticket& ticket) {
  if (ClassifyTicketType(ticket.ticket_type) != ServiceEventClass::kOnDemandSupport) return Ok{};
  if (ticket.estimated_business_days && *ticket.estimated_business_days < 0) {
    return Error::Invalid("characteristic.estimatedBusinessDays", "must not be negative");
  }
  if (ticket.estimated_business_days && *ticket.estimated_business_days > kMaxOnDemandBusinessDays) {
    return Error::Invalid("characteristic.estimatedBusinessDays",
                          "On-demand Support estimated above 2 business days is refused", "DESK-042");
  }
  return Ok{};
}

Status CheckRegistration(const Ticket& ticket, Registrar registrar, std::span<const Representative> representatives) {
  if (registrar == Registrar::kRepresentative && ticket.channel != Channel::kPortal) {
    return Error::Invalid("channel", "a customer representative registers Service Events through the portal",
                          "DESK-046");
  }
  if (ticket.priority == Priority::kP1 && registrar != Registrar::kStaff) {
    return Error::Invalid(
        "priority",
        "a P1 (complete interruption) must be reported by phone to the service desk: " + ServiceDeskPhoneList(),
        "DESK-047");
  }
  if (ticket.priority == Priority::kP1 && !MayCarryP1(ticket.channel)) {
    return Error::Invalid("priority",
                          "a P1 is registered only on the phone channel (or raised by monitoring), not by " +
                              std::string(ToString(ticket.channel)),
                          "DESK-023");
  }
  bool caller_channel = ticket.channel == Channel::kPhone || ticket.channel == Channel::kEmail;
  if (registrar == Registrar::kStaff && caller_channel && ticket.customer_id && !ticket.reporter_id) {
    return Error::Invalid("relatedParty",
                          "name the caller: a relatedParty with role reporter, one of the customer's authorised "
                          "representatives",
                          "DESK-012");
  }
  if (ticket.reporter_id) {
    bool known = std::any_of(representatives.begin(), representatives.end(),
                             [&](const Representative& r) { return r.id == *ticket.reporter_id; });
    if (!known) {
      return Error::Invalid("relatedParty", "the reporter is not an authorised representative of this customer",
                            "DESK-010");
    }
  }
  if (ClassifyTicketType(ticket.ticket_type) == ServiceEventClass::kOnDemandSupport &&
      ticket.channel != Channel::kPhone && ticket.channel != Channel::kPortal) {
    return Error::Invalid("channel", "On-demand Support is requested by phone or through the portal", "DESK-040");
  }
  return CheckOnDemandEstimate(ticket);
}

}  // namespace bizline
