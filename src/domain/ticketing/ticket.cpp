#include "domain/ticketing/ticket.h"

#include <utility>

#include "domain/core/enum_names.h"

namespace bizline {
namespace {

constexpr EnumNames<ServiceEventClass, 5> kClasses{{
    {ServiceEventClass::kIncident, "incident"},
    {ServiceEventClass::kChangeRequest, "changeRequest"},
    {ServiceEventClass::kInformationRequest, "informationRequest"},
    {ServiceEventClass::kServiceRequest, "serviceRequest"},
    {ServiceEventClass::kOnDemandSupport, "onDemandSupport"},
}};

}  // namespace

const EnumNames<StopClockReason, 4> kStopClockReasonNames{{
    {StopClockReason::kCustomer, "customer"},
    {StopClockReason::kThirdParty, "thirdParty"},
    {StopClockReason::kForceMajeure, "forceMajeure"},
    {StopClockReason::kPlannedWorks, "plannedWorks"},
}};

const EnumNames<Channel, 4> kChannelNames{{
    {Channel::kPhone, "phone"},
    {Channel::kEmail, "email"},
    {Channel::kPortal, "portal"},
    {Channel::kMonitoring, "monitoring"},
}};

const EnumNames<TicketStatus, 6> kTicketStatusNames{{
    {TicketStatus::kAcknowledged, "acknowledged"},
    {TicketStatus::kInProgress, "inProgress"},
    {TicketStatus::kPending, "pending"},
    {TicketStatus::kResolved, "resolved"},
    {TicketStatus::kClosed, "closed"},
    {TicketStatus::kCancelled, "cancelled"},
}};

std::string_view ToString(TicketStatus status) { return kTicketStatusNames.Name(status); }
std::optional<TicketStatus> ParseTicketStatus(std::string_view text) { return kTicketStatusNames.Parse(text); }
std::string_view ToString(Channel channel) { return kChannelNames.Name(channel); }
std::optional<Channel> ParseChannel(std::string_view text) { return kChannelNames.Parse(text); }
std::string_view ToString(ServiceEventClass event_class) { return kClasses.Name(event_class); }
std::string_view ToString(StopClockReason reason) { return kStopClockReasonNames.Name(reason); }
std::optional<StopClockReason> ParseStopClockReason(std::string_view text) { return kStopClockReasonNames.Parse(text); }

}  // namespace bizline
