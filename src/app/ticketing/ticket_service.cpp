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
    if (auto s = Require(principal, Operation::kTicketPrioritise, "priority"); !s) return s;
  }
  if (patch.status || patch.status_change_reason) {
    if (auto s = Require(principal, Operation::kTicketLifecycle, "status"); !s) return s;
  }
  if (patch.service_level.formula || patch.service_level.tier) {
    const char* field = patch.service_level.formula ? "characteristic.slaFormula" : "characteristic.slaTier";
    if (auto s = Require(principal, Operation::kTicketClassify, field); !s) return s;  // DESK-028
  }
  if (patch.estimated_business_days || patch.ticket_type) {
    if (auto s = Require(principal, Operation::kTicketClassify, "characteristic"); !s) return s;
  }
  if (patch.name || patch.description || patch.severity || patch.external_id || patch.product_ref ||
      patch.requested_resolution) {
    if (auto s = Require(principal, Operation::kTicketEdit); !s) return s;
  }
  if (!patch.notes.empty()) {
    if (auto s = Require(principal, Operation::kTicketNote, "note"); !s) return s;
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
  if (auto s = Require(principal, Operation::kTicketRead); !s) return s.error();
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  return Tickets(**tx).List(filter, page);
}

Result<Ticket> TicketService::Get(const Principal& principal, const std::string& number) {
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  auto ticket = LoadVisibleTicket(**tx, principal, number);
  if (!ticket) return ticket.error();
  if (auto s = Require(principal, Operation::kTicketRead); !s) return s.error();
  return ticket;
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
  if (auto s = Require(principal, opening, "channel"); !s) return s.error();
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
  if (auto s = ValidateTicketFields(t); !s) return s.error();

  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  if (auto s = StampAuthors(**tx, principal, t.notes); !s) return s.error();
  auto line = LineOf(**tx, t);
  if (!line) return line.error();
  // Staff naming only the line: the ticket is for the line's customer.
  if (!t.customer_id && *line) t.customer_id = (*line)->customer_id;
  if (t.customer_id) {
    auto customer = Customers(**tx).Get(*t.customer_id);
    if (!customer) {
      if (customer.error().code != ErrorCode::kNotFound) return customer.error();
      return Error::Invalid("relatedParty", "no customer with id " + std::to_string(t.customer_id->value()));
    }
  }
  std::vector<Representative> reps;
  if (t.customer_id) {
    auto listed = Customers(**tx).Representatives(*t.customer_id);
    if (!listed) return listed.error();
    reps = std::move(*listed);
  }
  if (auto s = CheckRegistration(t, registrar, reps); !s) return s.error();
  if (auto s = CheckAffectedLine(t, *line); !s) return s.error();  // DESK-028
  if (auto s = AssignServiceLevel(t, *line, draft.service_level, registrar); !s) return s.error();
  auto due = DueInstantOf(sla_.get(), t, now);
  if (!due) return due.error();
  t.expected_resolution = *due;
  // DESK-026: the opening notification below is the acknowledgment to the customer.
  if (t.customer_id) t.acknowledged_at = now;
  auto id = Tickets(**tx).Insert(t);
  if (!id) return id.error();
  t.id = *id;
  t.number = FormatTicketNumber(t.created_at, id->value());
  if (auto s = Tickets(**tx).AssignNumber(t.id, t.number); !s) return s.error();
  if (auto s = EnqueueTicketEvents(**tx, {TicketEvent::kOpened}, t, now); !s) return s.error();
  if (auto s = (*tx)->Commit(); !s) return s.error();
  return t;
}

Result<Ticket> TicketService::Patch(const Principal& principal, const std::string& number, const TicketPatch& patch) {
  const Instant now = clock_.Now();
  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  auto loaded = LoadVisibleTicket(**tx, principal, number);
  if (!loaded) return loaded.error();
  Ticket t = std::move(*loaded);
  if (patch.expected_version && *patch.expected_version != t.version) {
    return Error::Stale("ticket " + number + " is at version " + std::to_string(t.version) + ", not " +
                        std::to_string(*patch.expected_version) + " (If-Match): read it again");
  }
  if (IsFinal(t.status)) {
    return Error{ErrorCode::kFailedPrecondition, "a " + std::string(ToString(t.status)) + " ticket cannot change",
                 "status", kLifecycleRule};
  }
  if (auto s = RequirePatch(principal, patch); !s) return s.error();
  const Ticket before = t;
  std::vector<TicketEvent> events;
  if (patch.name) t.name = *patch.name;
  if (patch.description) t.description = *patch.description;
  if (patch.severity) t.severity = *patch.severity;
  if (patch.ticket_type) t.ticket_type = *patch.ticket_type;
  if (patch.external_id) t.external_id = *patch.external_id;
  if (patch.requested_resolution) t.requested_resolution = *patch.requested_resolution;
  if (patch.estimated_business_days) t.estimated_business_days = *patch.estimated_business_days;
  if (patch.priority && *patch.priority != t.priority) {
    if (auto s = CheckPriorityForChannel(*patch.priority, t.channel); !s) return s.error();
    t.priority = *patch.priority;
    events.push_back(TicketEvent::kPriorityChanged);
  }
  // DESK-028: another line, or a formula or tier, sets the service level again; a change of it
  // recomputes from creation and keeps the Stop-Clock history.
  if (patch.product_ref || patch.service_level.formula || patch.service_level.tier) {
    if (patch.product_ref) t.product_ref = *patch.product_ref;
    auto line = LineOf(**tx, t);
    if (!line) return line.error();
    if (auto s = CheckAffectedLine(t, *line); !s) return s.error();
    const Registrar registrar = principal.IsStaff() ? Registrar::kStaff : Registrar::kRepresentative;
    if (auto s = AssignServiceLevel(t, *line, patch.service_level, registrar); !s) return s.error();
  }
  if (patch.status_change_reason && !patch.status) {
    return Error::Invalid("statusChangeReason", "give it together with the new status");
  }
  if (patch.status && *patch.status != t.status) {
    auto effects = ChangeStatus(t, *patch.status, patch.status_change_reason.value_or(""), now);
    if (!effects) return effects.error();
    if (effects->stop_clock_started) events.push_back(TicketEvent::kStopClockStarted);
    if (effects->stop_clock_ended) events.push_back(TicketEvent::kStopClockEnded);
    if (effects->resolved) events.push_back(TicketEvent::kResolved);
    if (effects->reopened) events.push_back(TicketEvent::kReopened);  // DESK-017
    if (effects->closed) events.push_back(TicketEvent::kClosed);
  }
  if (auto s = CheckOnDemandEstimate(t); !s) return s.error();
  std::vector<TicketNote> added = patch.notes;
  for (auto& note : added) note.date = now;
  if (auto s = StampAuthors(**tx, principal, added); !s) return s.error();
  t.notes.insert(t.notes.end(), added.begin(), added.end());
  if (auto s = ValidateTicketFields(t); !s) return s.error();
  if (auto s = SaveTicketChange(**tx, sla_.get(), before, t, events, now); !s) return s.error();
  if (auto s = (*tx)->Commit(); !s) return s.error();
  return t;
}

Result<AttachmentInfo> TicketService::Attach(const Principal& principal, const std::string& number,
                                             AttachmentUpload upload) {
  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  auto ticket = LoadVisibleTicket(**tx, principal, number);
  if (!ticket) return ticket.error();
  if (auto s = Require(principal, Operation::kTicketAttach); !s) return s.error();
  if (IsFinal(ticket->status)) {
    return Error{ErrorCode::kFailedPrecondition,
                 "a " + std::string(ToString(ticket->status)) + " ticket takes no files", "status", kLifecycleRule};
  }
  auto type = ValidateAttachment(upload.name, upload.mime_type, upload.content);
  if (!type) return type.error();
  AttachmentInfo info{AttachmentId(), upload.name, *type, static_cast<std::int64_t>(upload.content.size()),
                      clock_.Now()};
  auto id = Tickets(**tx).InsertAttachment(ticket->id, info, upload.content);
  if (!id) return id.error();
  if (auto s = (*tx)->Commit(); !s) return s.error();
  info.id = *id;
  return info;
}

Result<AttachmentFile> TicketService::Download(const Principal& principal, const std::string& number,
                                               AttachmentId attachment) {
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  auto ticket = LoadVisibleTicket(**tx, principal, number);
  if (!ticket) return ticket.error();
  if (auto s = Require(principal, Operation::kTicketRead); !s) return s.error();
  for (const auto& info : ticket->attachments) {
    if (info.id != attachment) continue;
    auto content = Tickets(**tx).AttachmentContent(ticket->id, attachment);
    if (!content) return content.error();
    return AttachmentFile{info, std::move(*content)};
  }
  return Error::NotFound("no attachment " + std::to_string(attachment.value()) + " on ticket " + number);
}

}  // namespace bizline
