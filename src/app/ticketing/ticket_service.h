// Use cases on trouble tickets (TMF621): register, read, list, update and attach files. The
// tenant boundary lives here: a customer representative only ever sees and opens its own
// customer's tickets, and another customer's ticket answers NotFound. Every change the customer
// must hear about (DESK-017, U-23) enqueues one notification to the customer's representatives
// in the same transaction as the change.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/core/clock.h"
#include "app/ticketing/ports.h"
#include "domain/identity/role.h"
#include "domain/sla/sla_catalog.h"
#include "domain/ticketing/affected_line.h"
#include "domain/ticketing/sla_clock.h"

namespace bizline {

// A ticket as the caller asks for it; server-owned fields are not part of it.
struct TicketDraft {
  std::string name;
  std::string description;
  std::string severity;
  std::string ticket_type;
  std::string external_id;
  std::optional<Priority> priority;
  std::optional<Channel> channel;  // defaults: portal for a representative, phone for staff
  std::optional<CustomerId> customer_id;
  std::optional<RepresentativeId> reporter_id;
  std::string product_ref;              // the affected line's product id (DESK-028)
  RequestedServiceLevel service_level;  // staff only, and only without a line
  std::optional<int> estimated_business_days;
  std::optional<Instant> requested_resolution;
  // U-40: staff may give the time the call or e-mail was received; it is the creation time.
  std::optional<Instant> received_at;
  std::vector<TicketNote> notes;
};

// A merge patch: only the fields that are set change. Notes are appended.
struct TicketPatch {
  std::optional<std::string> name;
  std::optional<std::string> description;
  std::optional<std::string> severity;
  std::optional<std::string> ticket_type;
  std::optional<std::string> external_id;
  std::optional<std::optional<Priority>> priority;
  std::optional<TicketStatus> status;
  std::optional<std::string> status_change_reason;
  std::optional<std::string> product_ref;
  RequestedServiceLevel service_level;
  std::optional<int> estimated_business_days;
  std::optional<Instant> requested_resolution;
  std::optional<Responsibility> responsibility;  // SLA-007
  std::optional<std::string> responsibility_reason;
  std::vector<TicketNote> notes;
  // The version the caller read (HTTP If-Match); a different stored version refuses the patch
  // as kStale and changes nothing.
  std::optional<int> expected_version;
};

struct AttachmentUpload {
  std::string name;
  std::string mime_type;
  std::string content;
};

struct AttachmentFile {
  AttachmentInfo info;
  std::string content;
};

class TicketService {
 public:
  // `sla` may be null (no catalog loaded): tickets then get no due instant, and naming a formula
  // is refused as Unavailable.
  TicketService(Storage& storage, const Clock& clock, std::shared_ptr<const SlaCatalog> sla)
      : storage_(storage), clock_(clock), sla_(std::move(sla)) {}

  Result<Page<Ticket>> List(const Principal& principal, TicketFilter filter, PageRequest page);
  Result<Ticket> Get(const Principal& principal, const std::string& number);
  // The ticket's SLA clock now, for the countdown a page shows (domain/ticketing/sla_clock.h).
  SlaClock ClockOf(const Ticket& ticket) const;
  Result<Ticket> Create(const Principal& principal, TicketDraft draft);
  Result<Ticket> Patch(const Principal& principal, const std::string& number, const TicketPatch& patch);
  Result<AttachmentInfo> Attach(const Principal& principal, const std::string& number, AttachmentUpload upload);
  Result<AttachmentFile> Download(const Principal& principal, const std::string& number, AttachmentId attachment);

 private:
  Storage& storage_;
  const Clock& clock_;
  std::shared_ptr<const SlaCatalog> sla_;
};

}  // namespace bizline
