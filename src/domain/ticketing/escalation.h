// Escalation of an incident (ESC, T-17): the Peer to Peer matrix of levels 0-5 and the rules for
// moving a ticket up one step. Only open P1/P2 incidents escalate (ESC-002, ESC-003, ESC-007); a
// move is requested at the current level (ESC-009): 0 -> 1 during Business Hours (ESC-016, U-01),
// 0 or 1 -> 2 around the clock (ESC-017, X-28), then 2 -> 3 -> 4 -> 5 one step at a time
// (ESC-019..ESC-021), level 5 only in Business Hours. Levels above 2 are handled by the Customer
// Escalation Managers (ESC-012, X-27). The first step starts with a phone call to the Service Desk
// (ESC-006, ESC-008), and the requester's direct contact details are exchanged at each step
// (ESC-005, ESC-022). A general outage (U-29) goes to level 2 by itself (ESC-013). Every refusal
// names its ESC rule.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/core/ids.h"
#include "domain/core/instant.h"
#include "domain/core/result.h"
#include "domain/ticketing/service_desk.h"
#include "domain/ticketing/ticket.h"

namespace bizline {

inline constexpr int kLowestEscalationLevel = 0;
inline constexpr int kHighestEscalationLevel = 5;
inline constexpr int kGeneralOutageLevel = 2;             // ESC-013
inline constexpr int kGeneralOutageMinimumCustomers = 2;  // U-29

enum class LevelHours { kAroundTheClock, kBusinessHoursOnly };

// One row of T-17.
struct EscalationLevelInfo {
  int level = 0;
  std::string_view name;                // "Operations", "Team Leader / Escalation Coach", ...
  std::string_view operator_contact;    // the operator side's contact (ESC-015..ESC-021)
  bool reached_on_desk_number = false;  // levels 0-2 on 0800 xx200 (ESC-014)
  LevelHours hours = LevelHours::kAroundTheClock;
  std::string_view rule;  // the ESC rule describing this level
};

// The T-17 row of `level`, which must lie in [0, 5].
const EscalationLevelInfo& EscalationLevel(int level);

// Who asks for a step; staff roles map onto these (see EscalatorOf in the app layer).
enum class Escalator {
  kRepresentative,      // the customer's authorised representative (client side of Peer to Peer)
  kServiceDesk,         // 1st/2nd line agents (and admins) recording a request
  kEscalationManager,   // Customer Escalation Managers (ESC-012)
  kNotServiceDesk,      // provisioning or billing staff: not part of incident management (ESC-001)
  kGeneralOutageWatch,  // the automatic step of ESC-013
};

enum class EscalationTrigger { kRequest, kGeneralOutage };

std::string_view ToString(EscalationTrigger trigger);
std::optional<EscalationTrigger> ParseEscalationTrigger(std::string_view text);

struct ContactDetails {
  std::string name;
  std::string email;
  std::string phone;  // GSM or direct line
  bool empty() const { return email.empty() && phone.empty(); }
};

// A recorded step from `from_level` to `to_level`.
struct EscalationStep {
  std::int64_t id = 0;
  TicketId ticket_id;
  int from_level = 0;
  int to_level = 0;
  EscalationTrigger trigger = EscalationTrigger::kRequest;
  std::optional<UserId> requested_by;  // empty for the automatic step
  std::string requester_role;          // role id of the requesting user, or "system"
  ContactDetails requester;            // the client's direct contact (ESC-005, ESC-022)
  Channel channel = Channel::kPhone;   // how the request reached the operator (ESC-008)
  std::string reason;                  // why (ESC-011: failure to act, unsatisfactory results)
  std::string operator_contact;        // T-17 contact of the new level
  std::string operator_phone;          // 0800 xx200 for levels 0-2 (ESC-014), empty above
  ContactDetails handler;              // the operator-side person who recorded it, if staff
  Instant requested_at{};
};

// The level a ticket is at, given its steps (level 0 when it never escalated).
int CurrentLevel(std::span<const EscalationStep> steps);

// Everything a step is judged on. `from_level` is the level the requester believes the ticket is
// at; it must be the current one (ESC-009), which also makes two racing requests collide.
struct EscalationRequest {
  int from_level = 0;
  int to_level = 0;
  Escalator escalator = Escalator::kRepresentative;
  Channel channel = Channel::kPortal;
  ContactDetails requester;
};

// Checks a step of `ticket`, currently at `current_level`, requested at `now` (Brussels Business
// Hours of U-01 decide levels 1 and 5). Refusals carry the field and the ESC rule.
Status CheckEscalation(const Ticket& ticket, int current_level, const EscalationRequest& request, Instant now);

// ESC-013 / U-29: a parent incident whose linked tickets belong to 2 or more customers.
bool IsGeneralOutage(int linked_customer_count);

// Checks the e-mail and phone shapes of contact details (ESC-022); `field` prefixes the error.
Status ValidateContact(const ContactDetails& contact, const std::string& field);

}  // namespace bizline
