#include "domain/ticketing/ticket.h"

#include <array>
#include <utility>

namespace bizline {
namespace {

template <typename E, std::size_t N>
std::optional<E> Lookup(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view text) {
  for (const auto& [value, name] : table) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return table.front().second;
}

constexpr std::array<std::pair<TicketStatus, std::string_view>, 6> kStatuses{{
    {TicketStatus::kAcknowledged, "acknowledged"},
    {TicketStatus::kInProgress, "inProgress"},
    {TicketStatus::kPending, "pending"},
    {TicketStatus::kResolved, "resolved"},
    {TicketStatus::kClosed, "closed"},
    {TicketStatus::kCancelled, "cancelled"},
}};

constexpr std::array<std::pair<Channel, std::string_view>, 4> kChannels{{
    {Channel::kPhone, "phone"},
    {Channel::kEmail, "email"},
    {Channel::kPortal, "portal"},
    {Channel::kMonitoring, "monitoring"},
}};

constexpr std::array<std::pair<ServiceEventClass, std::string_view>, 5> kClasses{{
    {ServiceEventClass::kIncident, "incident"},
    {ServiceEventClass::kChangeRequest, "changeRequest"},
    {ServiceEventClass::kInformationRequest, "informationRequest"},
    {ServiceEventClass::kServiceRequest, "serviceRequest"},
    {ServiceEventClass::kOnDemandSupport, "onDemandSupport"},
}};

constexpr std::array<std::pair<StopClockReason, std::string_view>, 4> kReasons{{
    {StopClockReason::kCustomer, "customer"},
    {StopClockReason::kThirdParty, "thirdParty"},
    {StopClockReason::kForceMajeure, "forceMajeure"},
    {StopClockReason::kPlannedWorks, "plannedWorks"},
}};

}  // namespace

std::string_view ToString(TicketStatus status) { return NameOf(kStatuses, status); }
std::optional<TicketStatus> ParseTicketStatus(std::string_view text) { return Lookup(kStatuses, text); }
std::string_view ToString(Channel channel) { return NameOf(kChannels, channel); }
std::optional<Channel> ParseChannel(std::string_view text) { return Lookup(kChannels, text); }
std::string_view ToString(ServiceEventClass event_class) { return NameOf(kClasses, event_class); }
std::string_view ToString(StopClockReason reason) { return NameOf(kReasons, reason); }
std::optional<StopClockReason> ParseStopClockReason(std::string_view text) { return Lookup(kReasons, text); }

}  // namespace bizline
