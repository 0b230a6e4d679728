#include "app/ticketing/escalation_service.h"

#include <algorithm>

#include "app/core/permissions.h"
#include "app/identity/ports.h"
#include "app/notification/ports.h"
#include "app/party/ports.h"
#include "app/ticketing/ports.h"
#include "app/ticketing/ticket_changes.h"

namespace bizline {
namespace {

constexpr const char* kOutageRule = "U-29";

// Who asks, for the domain's escalation rules: a representative is the Client side of the Peer
// to Peer matrix; staff who may ask for levels above 2 (the permission table) are the Customer
// Escalation Managers (ESC-012), the other staff who may escalate the service desk.
Escalator EscalatorOf(const Principal& principal) {
  if (!principal.IsStaff()) return Escalator::kRepresentative;
  if (!Allows(principal.role, Operation::kTicketEscalate)) return Escalator::kNotServiceDesk;
  if (Allows(principal.role, Operation::kTicketEscalateAboveLevel2)) return Escalator::kEscalationManager;
  return Escalator::kServiceDesk;
}

// The person behind the principal, for the contact exchange; empty for an unknown user.
ContactDetails PersonOf(Storage& storage, const Principal& principal) {
  auto tx = storage.Begin(TxMode::kRead);
  if (!tx) return {};
  auto user = Users(**tx).Get(principal.user_id);
  if (!user) return {};
  return {user->name, user->email, {}};
}

Notification EscalationNotice(const Ticket& t, const EscalationStep& step, const std::vector<Representative>& reps,
                              Instant now) {
  const auto& info = EscalationLevel(step.to_level);
  Notification n = NoticeTo(*t.customer_id, reps, "ticket.escalated", "troubleTicket/" + t.number, now);
  n.subject = "Ticket " + t.number + " escalated to level " + std::to_string(step.to_level) + " (" +
              std::string(info.name) + ")";
  n.body = "Your ticket " + t.number + " is now at escalation level " + std::to_string(step.to_level) + " (" +
           std::string(info.name) + "). Your contact on our side: " + step.operator_contact +
           (step.operator_phone.empty() ? "" : ", " + step.operator_phone) + ".";
  return n;
}

Status NotifyCustomer(Transaction& tx, const Ticket& ticket, const EscalationStep& step, Instant now) {
  if (!ticket.customer_id) return Ok{};
  ASSIGN_OR_RETURN(auto reps, Customers(tx).Representatives(*ticket.customer_id));
  auto id = Notifications(tx).Enqueue(EscalationNotice(ticket, step, reps, now));
  if (!id) return id.error();
  return Ok{};
}

Status InsertStep(Transaction& tx, const EscalationStep& step) {
  auto id = Escalations(tx).Insert(step);
  if (id) return Ok{};
  if (id.error().code != ErrorCode::kAlreadyExists) return id.error();
  return Error{ErrorCode::kFailedPrecondition, "another request moved the ticket to this level first", "fromLevel",
               "ESC-009"};
}

void SetOperatorSide(EscalationStep& step, const std::string& phone) {
  const auto& info = EscalationLevel(step.to_level);
  step.operator_contact = std::string(info.operator_contact);
  step.operator_phone = info.reached_on_desk_number ? phone : std::string();
}

}  // namespace

Result<EscalationView> EscalationService::ViewOf(Transaction& tx, Ticket ticket) {
  auto steps = Escalations(tx).Steps(ticket.id);
  if (!steps) return steps.error();
  ASSIGN_OR_RETURN(auto linked, Escalations(tx).LinkedCustomerCount(ticket.id));
  EscalationView view;
  view.level = CurrentLevel(*steps);
  view.linked_customers = linked;
  view.steps = std::move(*steps);
  view.ticket = std::move(ticket);
  return view;
}

Result<EscalationView> EscalationService::Get(const Principal& principal, const std::string& number) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  ASSIGN_OR_RETURN(auto ticket, LoadVisibleTicket(*tx, principal, number));
  TRY(Require(principal, Operation::kTicketRead));
  return ViewOf(*tx, std::move(ticket));
}

Result<EscalationView> EscalationService::Escalate(const Principal& principal, const std::string& number,
                                                   const EscalationInput& input) {
  if (!input.from_level) return Error::Invalid("fromLevel", "give the level the ticket is at", "ESC-009");
  if (!input.level) return Error::Invalid("level", "give the level asked for (1 to 5)", "ESC-014");
  auto desk_number = ServiceDeskNumber(input.language);
  if (!desk_number) return Error::Invalid("language", "the service desk speaks nl, fr, de or en", "ESC-014");
  const Instant now = clock_.Now();
  ContactDetails person = PersonOf(storage_, principal);

  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  auto ticket = LoadVisibleTicket(*tx, principal, number);
  if (!ticket) return ticket.error();
  TRY(Require(principal, Operation::kTicketEscalate, "level"));
  ASSIGN_OR_RETURN(auto steps, Escalations(*tx).Steps(ticket->id));

  EscalationStep step;
  step.ticket_id = ticket->id;
  step.from_level = CurrentLevel(steps);
  step.to_level = *input.level;
  step.trigger = EscalationTrigger::kRequest;
  step.requested_by = principal.user_id;
  step.requester_role = std::string(ToString(principal.role));
  step.requester = input.requester_contact;
  step.channel = input.channel.value_or(principal.IsStaff() ? Channel::kPhone : Channel::kPortal);
  step.reason = input.reason;
  step.requested_at = now;
  if (principal.IsStaff()) {
    step.handler = person;
    // DESK-010/DESK-012: the service desk acts on a request of one of the customer's representatives.
    if (ticket->customer_id) {
      if (!input.requester_id) {
        return Error::Invalid("requester.id", "name the customer's authorised representative who asked", "DESK-012");
      }
      ASSIGN_OR_RETURN(auto reps, Customers(*tx).Representatives(*ticket->customer_id));
      auto rep =
          std::find_if(reps.begin(), reps.end(), [&](const Representative& r) { return r.id == *input.requester_id; });
      if (rep == reps.end()) {
        return Error::Invalid("requester.id", "not an authorised representative of the ticket's customer", "DESK-012");
      }
      if (step.requester.name.empty()) step.requester.name = rep->name;
    }
  } else if (step.requester.name.empty()) {
    step.requester.name = person.name;
  }
  EscalationRequest request{*input.from_level, *input.level, EscalatorOf(principal), step.channel, step.requester};
  TRY(CheckEscalation(*ticket, step.from_level, request, now));
  // ESC-012 for staff is the domain's (through EscalatorOf); this holds the representative to the table too.
  if (*input.level > kGeneralOutageLevel) {
    TRY(Require(principal, Operation::kTicketEscalateAboveLevel2, "level"));
  }
  SetOperatorSide(step, *desk_number);
  TRY(InsertStep(*tx, step));
  TRY(NotifyCustomer(*tx, *ticket, step, now));
  auto view = ViewOf(*tx, std::move(*ticket));
  if (!view) return view.error();
  TRY((tx)->Commit());
  return view;
}

Result<EscalationView> EscalationService::LinkToOutage(const Principal& principal, const std::string& number,
                                                       const std::string& parent_number) {
  const Instant now = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(auto child, LoadVisibleTicket(*tx, principal, number));
  TRY(Require(principal, Operation::kTicketLinkOutage, "parentTicket"));
  if (parent_number == number) return Error::Invalid("parentTicket", "a ticket cannot be its own outage", kOutageRule);
  auto parent = LoadVisibleTicket(*tx, principal, parent_number);
  if (!parent) {
    if (parent.error().code != ErrorCode::kNotFound) return parent.error();
    return Error::Invalid("parentTicket", parent.error().message, kOutageRule);
  }
  if (parent->parent_ticket_id) {
    return Error::Invalid("parentTicket", parent_number + " is itself linked to an outage", kOutageRule);
  }
  const Ticket before = child;
  child.parent_ticket_id = parent->id;
  TRY(SaveTicketChange(*tx, nullptr, before, child, {}, now));

  auto view = ViewOf(*tx, std::move(*parent));
  if (!view) return view.error();
  if (IsGeneralOutage(view->linked_customers) && view->level < kGeneralOutageLevel) {
    EscalationStep step;
    step.ticket_id = view->ticket.id;
    step.from_level = view->level;
    step.to_level = kGeneralOutageLevel;
    step.trigger = EscalationTrigger::kGeneralOutage;
    step.requester_role = "system";
    step.reason = "general outage: tickets of " + std::to_string(view->linked_customers) + " customers (ESC-013)";
    step.requested_at = now;
    EscalationRequest request{
        view->level, kGeneralOutageLevel, Escalator::kGeneralOutageWatch, Channel::kMonitoring, {}};
    // ESC-003 still holds: an outage parent that is not an open P1/P2 incident stays where it is.
    if (CheckEscalation(view->ticket, view->level, request, now).ok()) {
      SetOperatorSide(step, *ServiceDeskNumber("en"));
      TRY(InsertStep(*tx, step));
      TRY(NotifyCustomer(*tx, view->ticket, step, now));
      view = ViewOf(*tx, std::move(view->ticket));
      if (!view) return view.error();
    }
  }
  TRY((tx)->Commit());
  return view;
}

}  // namespace bizline
