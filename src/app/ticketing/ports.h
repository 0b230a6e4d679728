// Ports of the ticketing capability: trouble tickets and their escalation.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/core/page.h"
#include "app/core/storage.h"
#include "domain/ticketing/escalation.h"
#include "domain/ticketing/ticket.h"

namespace bizline {

// Trouble tickets with their notes, status history, Stop-Clock periods and attachments.
enum class BreachFilter { kBreached, kNotBreached };
// kByDue: earliest expected resolution first, tickets without one last (the work queue).
enum class TicketOrder { kById, kByDue, kByDueDescending };

struct TicketFilter {
  std::optional<CustomerId> only;      // set for a customer representative: the tenant boundary
  std::optional<CustomerId> customer;  // staff: one customer's tickets
  std::vector<TicketStatus> statuses;  // any of these; empty: every status
  std::optional<Priority> priority;
  std::optional<std::string> ticket_type;
  std::optional<std::string> severity;
  std::optional<Channel> channel;
  std::optional<std::string> external_id;
  std::optional<std::string> product_ref;  // the affected line
  std::optional<std::string> sla_tier;
  std::optional<BreachFilter> breached;  // marked by the breach watch or not
  std::optional<Instant> due_before;     // expected resolution strictly before
  TicketOrder order = TicketOrder::kById;
};

class TicketRepository {
 public:
  virtual ~TicketRepository() = default;
  // Stores the ticket with its notes, history and Stop-Clock periods (attachments go separately).
  virtual Result<TicketId> Insert(const Ticket& ticket) = 0;
  virtual Status AssignNumber(TicketId id, const std::string& number) = 0;
  // Writes the ticket row and bumps its version, appends the notes, status changes and Stop-Clock
  // periods added since `ticket` was read, and closes a period it closed. kAborted when
  // `ticket.version` is no longer the stored one (a concurrent change won); nothing is written.
  virtual Status Update(const Ticket& ticket) = 0;
  virtual Result<Ticket> Get(TicketId id) = 0;
  virtual Result<Page<Ticket>> List(const TicketFilter& filter, PageRequest page) = 0;
  virtual Result<AttachmentId> InsertAttachment(TicketId ticket, const AttachmentInfo& info,
                                                const std::string& content) = 0;
  virtual Result<std::string> AttachmentContent(TicketId ticket, AttachmentId attachment) = 0;
  // For the SLA breach watch: open tickets (acknowledged, inProgress) whose expected resolution
  // is at or before `now` and that are not marked breached yet, oldest due first.
  virtual Result<std::vector<Ticket>> PastDue(Instant now, int limit) = 0;
  // Sets breached_at = `due` once, and only while the ticket is still open with that expected
  // resolution: false when a concurrent watch marked it first, or a concurrent change resolved
  // it, put it on hold or moved its deadline after PastDue read it. Update() never clears it.
  virtual Result<bool> MarkBreached(TicketId id, Instant due) = 0;
};

// Escalation steps of tickets (ESC, T-17) and the general-outage links they are judged on (U-29).
class EscalationRepository {
 public:
  virtual ~EscalationRepository() = default;
  // Fails with kAlreadyExists when the ticket already reached `step.to_level` (a racing request).
  virtual Result<std::int64_t> Insert(const EscalationStep& step) = 0;
  virtual Result<std::vector<EscalationStep>> Steps(TicketId ticket) = 0;
  // How many distinct customers the tickets linked to `parent` belong to.
  virtual Result<int> LinkedCustomerCount(TicketId parent) = 0;
};

inline TicketRepository& Tickets(Transaction& tx) { return tx.Repository<TicketRepository>(); }
inline EscalationRepository& Escalations(Transaction& tx) { return tx.Repository<EscalationRepository>(); }

}  // namespace bizline
