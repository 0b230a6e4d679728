#include "app/ticketing/ticket_service.h"

#include "app/core/permissions.h"
#include "app/identity/ports.h"
#include "app/inventory/ports.h"
#include "app/party/ports.h"
#include "app/ticketing/ports.h"
#include "app/ticketing/ticket_changes.h"
#include "domain/ticketing/affected_line.h"
#include "domain/ticketing/attachment_rules.h"
#include "domain/ticketing/lifecycle.h"
#include "domain/ticketing/registration.h"
#include "domain/ticketing/service_level.h"
#include "domain/ticketing/ticket_number.h"
#include "domain/ticketing/validation.h"

namespace bizline {
namespace {

// U-40: a call or e-mail is registered soon after it arrives; older or future times are typos.
constexpr Seconds kMaxReceivedAge = std::chrono::hours(24 * 7);

// The operations a patch performs, each checked against the permission table.
Status RequirePatch(const Principal& principal, const TicketPatch& patch) {
  if (patch.priority) {
    TRY(Require(principal, Operation::kTicketPrioritise, "priority"));
  }
  if (patch.status || patch.status_change_reason) {
    TRY(Require(principal, Operation::kTicketLifecycle, "status"));
  }
  if (patch.service_level.formula || patch.service_level.tier) {
    const char* field = patch.service_level.formula ? "characteristic.slaFormula" : "characteristic.slaTier";
    if (auto s = Require(principal, Operation::kTicketClassify, field); !s) return s;  // DESK-028
  }
  if (patch.estimated_business_days || patch.ticket_type || patch.responsibility || patch.responsibility_reason) {
    TRY(Require(principal, Operation::kTicketClassify, "characteristic"));
  }
  if (patch.name || patch.description || patch.severity || patch.external_id || patch.product_ref ||
      patch.requested_resolution) {
    TRY(Require(principal, Operation::kTicketEdit));
  }
  if (!patch.notes.empty()) {
    TRY(Require(principal, Operation::kTicketNote, "note"));
  }
  return Ok{};
}

// A note records who wrote it: the logged-in user, whatever the body says ("Name <e-mail>").
Status StampAuthors(Transaction& tx, const Principal& principal, std::vector<TicketNote>& notes) {
  if (notes.empty()) return Ok{};
  auto user = Users(tx).Get(principal.user_id);
  if (!user && user.error().code != ErrorCode::kNotFound) return user.error();
  const std::string author = !user                ? std::string("bizline")
                             : user->name.empty() ? user->email
                                                  : user->name + " <" + user->email + ">";
  for (auto& note : notes) note.author = author;
  return Ok{};
}

// The line a ticket names, when it names one that exists (any customer's: CheckAffectedLine
// decides, with one answer for another customer's line and for none at all).
Result<std::optional<Product>> LineOf(Transaction& tx, const Ticket& ticket) {
  if (ticket.product_ref.empty()) return std::optional<Product>();
  auto id = ParseLineRef(ticket.product_ref);
  if (!id) return std::optional<Product>();
  auto line = Products(tx).Get(*id);
  if (!line) {
    if (line.error().code == ErrorCode::kNotFound) return std::optional<Product>();
    return line.error();
  }
  return std::optional<Product>(std::move(*line));
}

}  // namespace

Result<Page<Ticket>> TicketService::List(const Principal& principal, TicketFilter filter, PageRequest page) {
  TRY(Require(principal, Operation::kTicketRead));
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  return Tickets(*tx).List(filter, page);
}

Result<Ticket> TicketService::Get(const Principal& principal, const std::string& number) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  auto ticket = LoadVisibleTicket(*tx, principal, number);
  if (!ticket) return ticket.error();
  TRY(Require(principal, Operation::kTicketRead));
  return ticket;
}

SlaClock TicketService::ClockOf(const Ticket& ticket) const {
  const SlaTerms* terms = nullptr;
  if (sla_ && !ticket.sla_formula.empty()) {
    auto formula = sla_->Formula(ticket.sla_formula);
    auto found = sla_->Terms(ticket.sla_formula, ticket.sla_tier);
    if (formula && (*formula)->coverage != SlaCoverage::kNotStated && found) terms = *found;
  }
  return SlaClockAt(terms, ticket, clock_.Now());
}

Result<Ticket> TicketService::Create(const Principal& principal, TicketDraft draft) {
  const Instant now = clock_.Now();
  const Registrar registrar = principal.IsStaff() ? Registrar::kStaff : Registrar::kRepresentative;
  Ticket t;
  if (registrar == Registrar::kRepresentative) {
    // A representative always opens tickets for its own customer.
    if (draft.customer_id && *draft.customer_id != principal.customer_id) {
      return Error::NotFound("no customer with id " + std::to_string(draft.customer_id->value()));
    }
    t.customer_id = principal.customer_id;
    t.channel = draft.channel.value_or(Channel::kPortal);
    t.created_at = now;  // server-owned for the portal
  } else {
    t.customer_id = draft.customer_id;
    t.channel = draft.channel.value_or(Channel::kPhone);
    t.created_at = draft.received_at.value_or(now);
  }
  // A portal ticket is opened; a call, an e-mail or a monitoring event is registered by the desk.
  const Operation opening = t.channel == Channel::kPortal ? Operation::kTicketOpen : Operation::kTicketRegister;
  TRY(Require(principal, opening, "channel"));
  if (registrar == Registrar::kStaff && (t.created_at > now || now - t.created_at > kMaxReceivedAge)) {
    return Error::Invalid("creationDate", "the reception time must lie within the last 7 days (U-40)", "U-40");
  }
  t.reporter_id = draft.reporter_id;
  t.name = std::move(draft.name);
  t.description = std::move(draft.description);
  t.severity = std::move(draft.severity);
  t.ticket_type = std::move(draft.ticket_type);
  t.external_id = std::move(draft.external_id);
  t.priority = draft.priority;
  t.product_ref = std::move(draft.product_ref);
  t.estimated_business_days = draft.estimated_business_days;
  t.requested_resolution = draft.requested_resolution;
  t.status = TicketStatus::kAcknowledged;
  t.status_change_date = t.created_at;
  t.last_update = now;
  t.history.push_back({TicketStatus::kAcknowledged, "", t.created_at});
  t.notes = std::move(draft.notes);
  for (auto& note : t.notes) note.date = now;
  ApplyDefaultPriority(t);
  TRY(ValidateTicketFields(t));

  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  TRY(StampAuthors(*tx, principal, t.notes));
  auto line = LineOf(*tx, t);
  if (!line) return line.error();
  // Staff naming only the line: the ticket is for the line's customer.
  if (!t.customer_id && *line) t.customer_id = (*line)->customer_id;
  if (t.customer_id) {
    auto customer = Customers(*tx).Get(*t.customer_id);
    if (!customer) {
      if (customer.error().code != ErrorCode::kNotFound) return customer.error();
      return Error::Invalid("relatedParty", "no customer with id " + std::to_string(t.customer_id->value()));
    }
  }
  std::vector<Representative> reps;
  if (t.customer_id) {
    ASSIGN_OR_RETURN(auto listed, Customers(*tx).Representatives(*t.customer_id));
    reps = std::move(listed);
  }
  TRY(CheckRegistration(t, registrar, reps));
  if (auto s = CheckAffectedLine(t, *line); !s) return s.error();  // DESK-028
  TRY(AssignServiceLevel(t, *line, draft.service_level, registrar));
  ASSIGN_OR_RETURN(auto due, DueInstantOf(sla_.get(), t, now));
  t.expected_resolution = due;
  // DESK-026: the opening notification below is the acknowledgment to the customer.
  if (t.customer_id) t.acknowledged_at = now;
  auto id = Tickets(*tx).Insert(t);
  if (!id) return id.error();
  t.id = *id;
  t.number = FormatTicketNumber(t.created_at, id->value());
  TRY(Tickets(*tx).AssignNumber(t.id, t.number));
  TRY(EnqueueTicketEvents(*tx, {TicketEvent::kOpened}, t, now));
  TRY((tx)->Commit());
  return t;
}

Result<Ticket> TicketService::Patch(const Principal& principal, const std::string& number, const TicketPatch& patch) {
  const Instant now = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(auto loaded, LoadVisibleTicket(*tx, principal, number));
  Ticket t = std::move(loaded);
  if (patch.expected_version && *patch.expected_version != t.version) {
    return Error::Stale("ticket " + number + " is at version " + std::to_string(t.version) + ", not " +
                        std::to_string(*patch.expected_version) + " (If-Match): read it again");
  }
  if (IsFinal(t.status)) {
    return Error{ErrorCode::kFailedPrecondition, "a " + std::string(ToString(t.status)) + " ticket cannot change",
                 "status", kLifecycleRule};
  }
  TRY(RequirePatch(principal, patch));
  const Ticket before = t;
  std::vector<TicketEvent> events;
  if (patch.name) t.name = *patch.name;
  if (patch.description) t.description = *patch.description;
  if (patch.severity) t.severity = *patch.severity;
  if (patch.ticket_type) t.ticket_type = *patch.ticket_type;
  if (patch.external_id) t.external_id = *patch.external_id;
  if (patch.requested_resolution) t.requested_resolution = *patch.requested_resolution;
  if (patch.estimated_business_days) t.estimated_business_days = *patch.estimated_business_days;
  if (patch.responsibility) t.responsibility = *patch.responsibility;
  if (patch.responsibility_reason) t.responsibility_reason = *patch.responsibility_reason;
  if (t.responsibility != Responsibility::kOperator && t.responsibility_reason.empty()) {
    return Error::Invalid("characteristic.responsibilityReason",
                          "an Incident not attributable to the operator is left out of the Service Levels only with "
                          "the reason recorded",
                          "SLA-007");
  }
  if (patch.priority && *patch.priority != t.priority) {
    TRY(CheckPriorityForChannel(*patch.priority, t.channel));
    t.priority = *patch.priority;
    events.push_back(TicketEvent::kPriorityChanged);
  }
  // DESK-028: another line, or a formula or tier, sets the service level again; a change of it
  // recomputes from creation and keeps the Stop-Clock history.
  if (patch.product_ref || patch.service_level.formula || patch.service_level.tier) {
    if (patch.product_ref) t.product_ref = *patch.product_ref;
    ASSIGN_OR_RETURN(auto line, LineOf(*tx, t));
    TRY(CheckAffectedLine(t, line));
    const Registrar registrar = principal.IsStaff() ? Registrar::kStaff : Registrar::kRepresentative;
    TRY(AssignServiceLevel(t, line, patch.service_level, registrar));
  }
  if (patch.status_change_reason && !patch.status) {
    return Error::Invalid("statusChangeReason", "give it together with the new status");
  }
  if (patch.status && *patch.status != t.status) {
    ASSIGN_OR_RETURN(auto effects, ChangeStatus(t, *patch.status, patch.status_change_reason.value_or(""), now));
    if (effects.stop_clock_started) events.push_back(TicketEvent::kStopClockStarted);
    if (effects.stop_clock_ended) events.push_back(TicketEvent::kStopClockEnded);
    if (effects.resolved) events.push_back(TicketEvent::kResolved);
    if (effects.reopened) events.push_back(TicketEvent::kReopened);  // DESK-017
    if (effects.closed) events.push_back(TicketEvent::kClosed);
  }
  TRY(CheckOnDemandEstimate(t));
  std::vector<TicketNote> added = patch.notes;
  for (auto& note : added) note.date = now;
  TRY(StampAuthors(*tx, principal, added));
  t.notes.insert(t.notes.end(), added.begin(), added.end());
  TRY(ValidateTicketFields(t));
  TRY(SaveTicketChange(*tx, sla_.get(), before, t, events, now));
  TRY((tx)->Commit());
  return t;
}

Result<AttachmentInfo> TicketService::Attach(const Principal& principal, const std::string& number,
                                             AttachmentUpload upload) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  auto ticket = LoadVisibleTicket(*tx, principal, number);
  if (!ticket) return ticket.error();
  TRY(Require(principal, Operation::kTicketAttach));
  if (IsFinal(ticket->status)) {
    return Error{ErrorCode::kFailedPrecondition,
                 "a " + std::string(ToString(ticket->status)) + " ticket takes no files", "status", kLifecycleRule};
  }
  ASSIGN_OR_RETURN(auto type, ValidateAttachment(upload.name, upload.mime_type, upload.content));
  AttachmentInfo info{AttachmentId(), upload.name, type, static_cast<std::int64_t>(upload.content.size()),
                      clock_.Now()};
  auto id = Tickets(*tx).InsertAttachment(ticket->id, info, upload.content);
  if (!id) return id.error();
  TRY((tx)->Commit());
  info.id = *id;
  return info;
}

Result<AttachmentFile> TicketService::Download(const Principal& principal, const std::string& number,
                                               AttachmentId attachment) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  auto ticket = LoadVisibleTicket(*tx, principal, number);
  if (!ticket) return ticket.error();
  TRY(Require(principal, Operation::kTicketRead));
  for (const auto& info : ticket->attachments) {
    if (info.id != attachment) continue;
    ASSIGN_OR_RETURN(auto content, Tickets(*tx).AttachmentContent(ticket->id, attachment));
    return AttachmentFile{info, std::move(content)};
  }
  return Error::NotFound("no attachment " + std::to_string(attachment.value()) + " on ticket " + number);
}

}  // namespace bizline
