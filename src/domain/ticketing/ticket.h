// A trouble ticket (U-36: incident ticket, trouble ticket and ticket are one record): the Service
// Event it records (DESK-006, DESK-008), who reported it and through which channel (T-14), its
// priority (T-13, assigned by the service desk, DESK-027), its lifecycle with status history and
// Stop-Clock periods (SLA-006), and the SLA due instant (SLA-026).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/enum_names.h"
#include "domain/core/ids.h"
#include "domain/core/instant.h"
#include "domain/sla/priority.h"
#include "domain/ticketing/responsibility.h"

namespace bizline {

using TicketId = StrongId<struct TicketTag>;
using AttachmentId = StrongId<struct AttachmentTag>;

// TMF621 statuses bizline uses: acknowledged -> inProgress -> pending -> resolved -> closed; cancelled.
enum class TicketStatus { kAcknowledged, kInProgress, kPending, kResolved, kClosed, kCancelled };
inline constexpr TicketStatus kAllTicketStatuses[] = {TicketStatus::kAcknowledged, TicketStatus::kInProgress,
                                                      TicketStatus::kPending,      TicketStatus::kResolved,
                                                      TicketStatus::kClosed,       TicketStatus::kCancelled};

// T-14 channels (ids.md), plus monitoring systems (DESK-007).
enum class Channel { kPhone, kEmail, kPortal, kMonitoring };

// DESK-008: every Service Event is exactly one of these; Service Request is the residual (DESK-036).
enum class ServiceEventClass { kIncident, kChangeRequest, kInformationRequest, kServiceRequest, kOnDemandSupport };

// SLA-006: why the clock stops.
enum class StopClockReason { kCustomer, kThirdParty, kForceMajeure, kPlannedWorks };

// The names of every TicketStatus, for parsing and for saying what is allowed.
extern const EnumNames<TicketStatus, 6> kTicketStatusNames;
std::string_view ToString(TicketStatus status);
std::optional<TicketStatus> ParseTicketStatus(std::string_view text);
// The names of every Channel, for parsing and for saying what is allowed.
extern const EnumNames<Channel, 4> kChannelNames;
std::string_view ToString(Channel channel);
std::optional<Channel> ParseChannel(std::string_view text);
std::string_view ToString(ServiceEventClass event_class);
// The names of every StopClockReason, for parsing and for saying what is allowed.
extern const EnumNames<StopClockReason, 4> kStopClockReasonNames;
std::string_view ToString(StopClockReason reason);
std::optional<StopClockReason> ParseStopClockReason(std::string_view text);

struct TicketNote {
  std::int64_t id = 0;
  std::string author;
  std::string text;
  Instant date{};
};

struct StatusChange {
  TicketStatus status = TicketStatus::kAcknowledged;
  std::string reason;
  Instant at{};
};

// One pending period; `end` is empty while the ticket is still pending.
struct StopClockPeriod {
  StopClockReason reason = StopClockReason::kCustomer;
  Instant start{};
  std::optional<Instant> end;
};

struct AttachmentInfo {
  AttachmentId id;
  std::string name;
  std::string mime_type;
  std::int64_t size = 0;
  Instant created_at{};
};

struct Ticket {
  TicketId id;
  std::string number;                           // "BZ-2026-000123" (DESK-014, DESK-015)
  std::optional<CustomerId> customer_id;        // empty only for operator-raised events (DESK-007, U-29)
  std::optional<RepresentativeId> reporter_id;  // the representative who reported it (DESK-012)
  std::string product_ref;                      // the line/product concerned (TMF relatedEntity)
  std::string name;
  std::string description;
  std::string severity;
  std::string ticket_type;  // as given; classified by ClassifyTicketType
  std::string external_id;
  std::optional<Priority> priority;  // empty while awaiting triage
  Channel channel = Channel::kPortal;
  TicketStatus status = TicketStatus::kAcknowledged;
  std::string status_change_reason;
  std::string sla_formula;                     // formula id of the line (ids.md); empty when unknown
  std::string sla_tier;                        // tier id; empty selects the formula's default tier
  std::optional<int> estimated_business_days;  // On-demand Support estimate (DESK-042)
  Instant created_at{};
  Instant last_update{};
  Instant status_change_date{};
  std::optional<Instant> expected_resolution;
  std::optional<Instant> resolution_date;
  std::optional<Instant> requested_resolution;
  std::optional<Instant> acknowledged_at;    // first notification to the customer (DESK-026)
  std::optional<Instant> breached_at;        // set by the breach watch
  std::optional<TicketId> parent_ticket_id;  // general outage parent (U-29)
  std::vector<TicketNote> notes;
  std::vector<StatusChange> history;
  std::vector<StopClockPeriod> stop_clock;
  // SLA-007: who the Incident is attributable to (the operator until the desk says otherwise),
  // and why, when it is not the operator.
  Responsibility responsibility = Responsibility::kOperator;
  std::string responsibility_reason;
  std::vector<AttachmentInfo> attachments;
  // Optimistic concurrency: the stored version this copy was read at (a new ticket is stored as
  // 1). Storage refuses to update a copy whose version is no longer the stored one.
  int version = 1;
};

}  // namespace bizline
