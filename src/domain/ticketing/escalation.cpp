#include "domain/ticketing/escalation.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>

#include "domain/calendar/business_hours.h"
#include "domain/ticketing/classification.h"

namespace bizline {
namespace {

constexpr std::array<EscalationLevelInfo, 6> kMatrix{{
    {0, "Operations", "ICT Service Desk", true, LevelHours::kAroundTheClock, "ESC-015"},
    {1, "Team Leader / Escalation Coach", "Operator's supervisor", true, LevelHours::kBusinessHoursOnly, "ESC-016"},
    {2, "Escalation management", "Customer Escalation Managers (CEM)", true, LevelHours::kAroundTheClock, "ESC-017"},
    {3, "Direction", "ICT Service Desk Manager", false, LevelHours::kAroundTheClock, "ESC-019"},
    {4, "Head of department", "Head of the Customer ICT Service Desk", false, LevelHours::kAroundTheClock, "ESC-020"},
    {5, "Senior management", "Director Enterprise Operations", false, LevelHours::kBusinessHoursOnly, "ESC-021"},
}};

Error Refuse(std::string field, std::string message, std::string rule) {
  return Error{ErrorCode::kFailedPrecondition, std::move(message), std::move(field), std::move(rule)};
}

bool IsOpenForEscalation(TicketStatus status) {
  return status == TicketStatus::kAcknowledged || status == TicketStatus::kInProgress ||
         status == TicketStatus::kPending;
}

bool LooksLikeEmail(const std::string& email) {
  auto at = email.find('@');
  if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos) return false;
  auto dot = email.find('.', at);
  bool spaced = std::any_of(email.begin(), email.end(), [](unsigned char c) { return std::isspace(c); });
  return !spaced && dot != std::string::npos && dot > at + 1 && dot + 1 < email.size() && email.size() <= 254;
}

bool LooksLikePhone(const std::string& phone) {
  int digits = 0;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(phone[i]);
    if (std::isdigit(c)) {
      ++digits;
    } else if (!(c == ' ' || c == '-' || c == '.' || c == '/' || (c == '+' && i == 0))) {
      return false;
    }
  }
  return digits >= 8 && digits <= 15;  // E.164 allows at most 15 digits
}

// The rule that governs reaching `level` "from the previous level" (ESC-019..ESC-021).
std::string StepRule(int level) { return std::string(EscalationLevel(level).rule); }

}  // namespace

const EscalationLevelInfo& EscalationLevel(int level) {
  assert(level >= kLowestEscalationLevel && level <= kHighestEscalationLevel && "escalation level outside 0-5");
  return kMatrix[static_cast<std::size_t>(level)];
}

std::string_view ToString(EscalationTrigger trigger) {
  return trigger == EscalationTrigger::kGeneralOutage ? "generalOutage" : "request";
}

std::optional<EscalationTrigger> ParseEscalationTrigger(std::string_view text) {
  if (text == "request") return EscalationTrigger::kRequest;
  if (text == "generalOutage") return EscalationTrigger::kGeneralOutage;
  return std::nullopt;
}

int CurrentLevel(std::span<const EscalationStep> steps) {
  int level = kLowestEscalationLevel;
  for (const auto& step : steps) level = std::max(level, step.to_level);
  return level;
}

bool IsGeneralOutage(int linked_customer_count) { return linked_customer_count >= kGeneralOutageMinimumCustomers; }

Status ValidateContact(const ContactDetails& contact, const std::string& field) {
  if (contact.empty()) {
    return Error::Invalid(field, "give the requester's direct contact details (e-mail or GSM number)", "ESC-022");
  }
  if (!contact.email.empty() && !LooksLikeEmail(contact.email)) {
    return Error::Invalid(field + ".email", "'" + contact.email + "' is not an e-mail address", "ESC-022");
  }
  if (!contact.phone.empty() && !LooksLikePhone(contact.phone)) {
    return Error::Invalid(field + ".phone", "'" + contact.phone + "' is not a phone number (8 to 15 digits)",
                          "ESC-022");
  }
  return Ok{};
}

Status CheckEscalation(const Ticket& ticket, int current_level, const EscalationRequest& request, Instant now) {
  const bool automatic = request.escalator == Escalator::kGeneralOutageWatch;
  if (request.escalator == Escalator::kNotServiceDesk) {
    return Error{ErrorCode::kPermissionDenied,
                 "escalation covers incident management only; ask the service desk or an escalation manager", "level",
                 "ESC-001"};
  }
  if (request.to_level < kLowestEscalationLevel + 1 || request.to_level > kHighestEscalationLevel) {
    return Error::Invalid("level", "the escalation levels are 1 to 5 (T-17)", "ESC-014");
  }
  if (ClassifyTicketType(ticket.ticket_type) != ServiceEventClass::kIncident) {
    return Refuse("ticketType", "only a technical incident escalates, not a " + ticket.ticket_type, "ESC-002");
  }
  if (!ticket.priority || (*ticket.priority != Priority::kP1 && *ticket.priority != Priority::kP2)) {
    return Refuse("priority", "only P1 and P2 incidents escalate", "ESC-003");
  }
  if (!IsOpenForEscalation(ticket.status)) {
    return Refuse("status",
                  "a " + std::string(ToString(ticket.status)) +
                      " ticket does not escalate; escalation is not a way to ask about previous incidents",
                  "ESC-007");
  }
  if (request.from_level != current_level) {
    return Refuse(
        "fromLevel",
        "the ticket is at level " + std::to_string(current_level) + "; a move is requested at the current level",
        "ESC-009");
  }
  if (request.to_level <= current_level) {
    return Refuse("level", "the ticket is already at level " + std::to_string(current_level), "ESC-009");
  }
  if (request.to_level == 5 && current_level != 4) {
    return Refuse("level", "level 5 is started by level 4; direct escalation is not allowed", "ESC-021");
  }
  if (request.to_level >= 3 && request.to_level != current_level + 1) {
    return Refuse("level", "level " + std::to_string(request.to_level) + " is started by the previous level",
                  StepRule(request.to_level));
  }
  if (request.to_level == 1 && current_level != 0) {
    return Refuse("level", "level 1 is started on direct request at level 0", "ESC-016");
  }
  if (automatic) return Ok{};
  if (current_level == kLowestEscalationLevel &&
      (request.escalator == Escalator::kRepresentative || request.channel != Channel::kPhone)) {
    return Refuse("channel",
                  "an escalation starts with a phone call to the Service Desk (0800 xx200) about the registered "
                  "incident",
                  "ESC-008");
  }
  const bool business_hours = InBusinessHours(now);
  if (request.to_level == 1 && !business_hours) {
    return Refuse("level",
                  "level 1 is available only during Business Hours (Mon-Fri 08:00-18:00); outside them ask for "
                  "level 2, whose on-duty CEM covers level 1 (ESC-018)",
                  "ESC-016");
  }
  if (request.to_level == 5 && !business_hours) {
    return Refuse("level", "level 5 is available only during Business Hours (Mon-Fri 08:00-18:00)", "ESC-021");
  }
  if (request.to_level > kGeneralOutageLevel && request.escalator == Escalator::kServiceDesk) {
    return Error{ErrorCode::kPermissionDenied, "levels above 2 are handled by the Customer Escalation Managers",
                 "level", "ESC-012"};
  }
  return ValidateContact(request.requester, "requesterContact");
}

}  // namespace bizline
