// Use cases of the escalation procedure (ESC, T-17) on trouble tickets: read a ticket's level and
// history, request the next step, and link a ticket to a general-outage parent (U-29), which
// escalates the parent to level 2 by itself once tickets of two customers hang under it
// (ESC-013). The tenant boundary is the ticket service's: another customer's ticket is NotFound.
// The rules themselves are domain/ticketing/escalation.h; this layer finds who asks, with which
// contact details, and records the step with its notification in one transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/core/clock.h"
#include "app/ticketing/ports.h"
#include "domain/identity/role.h"

namespace bizline {

struct EscalationInput {
  std::optional<int> from_level;                 // the level the requester sees (ESC-009); required
  std::optional<int> level;                      // the level asked for; required
  std::optional<Channel> channel;                // default: portal for a representative, phone for staff
  std::optional<RepresentativeId> requester_id;  // staff: the representative who called (DESK-012)
  ContactDetails requester_contact;              // the client's direct contact (ESC-005, ESC-022)
  std::string language = "en";                   // picks the 0800 xx200 number (ESC-014)
  std::string reason;                            // ESC-011
};

struct EscalationView {
  Ticket ticket;
  int level = 0;
  int linked_customers = 0;  // customers of the tickets linked to this one as their outage (U-29)
  std::vector<EscalationStep> steps;
};

class EscalationService {
 public:
  EscalationService(Storage& storage, const Clock& clock) : storage_(storage), clock_(clock) {}

  Result<EscalationView> Get(const Principal& principal, const std::string& number);
  Result<EscalationView> Escalate(const Principal& principal, const std::string& number, const EscalationInput& input);
  // Staff link ticket `number` to the general-outage parent `parent_number`; returns the parent.
  Result<EscalationView> LinkToOutage(const Principal& principal, const std::string& number,
                                      const std::string& parent_number);

 private:
  Result<EscalationView> ViewOf(Transaction& tx, Ticket ticket);
  Storage& storage_;
  const Clock& clock_;
};

}  // namespace bizline
