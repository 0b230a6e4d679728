// The steps every writer of a ticket shares, so a change made through the TMF621 PATCH and one
// made because the ticket's line changed obey the same rules: the SLA-026 due instant recomputed
// from creation under the ticket's formula and tier (Stop-Clock history kept), and each change
// the customer must hear about (DESK-017, U-23) enqueued in the same transaction.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "app/inventory/ports.h"
#include "app/ticketing/ports.h"
#include "app/ticketing/ticket_notifications.h"
#include "domain/identity/role.h"
#include "domain/sla/sla_catalog.h"

namespace bizline {

// The ticket numbered `number` as `principal` may see it: a representative only its own
// customer's; anything else (unknown, malformed, another customer's) is NotFound with the same
// message, so another customer's ticket is not disclosed. The one tenant-visibility load of a
// ticket, for every use case that starts from a ticket number.
Result<Ticket> LoadVisibleTicket(Transaction& tx, const Principal& principal, const std::string& number);

// The due instant of `ticket` at `now`; nullopt while its formula is unknown, it has no
// priority, or the formula states no SLA. `sla` null: Unavailable when one is needed.
Result<std::optional<Instant>> DueInstantOf(const SlaCatalog* sla, const Ticket& ticket, Instant now);

// Tells the customer's representatives about each of `events` (an operator-raised ticket has
// nobody to tell).
Status EnqueueTicketEvents(Transaction& tx, const std::vector<TicketEvent>& events, const Ticket& ticket, Instant now);

// The one way a change of a stored ticket is written, whoever makes it (the TMF621 PATCH, a
// line's new tier, an outage link): the due instant recomputed when DueInstantMoves(before,
// after) says so (kDueChanged added to `events` when it moved), the row written against the
// version `before` was read at (kAborted when a concurrent change won), then `events` told.
// `after.version` is the stored one afterwards.
Status SaveTicketChange(Transaction& tx, const SlaCatalog* sla, const Ticket& before, Ticket& after,
                        std::vector<TicketEvent> events, Instant now);

// DESK-028: the open tickets of `line` take its formula and SLA tier again (after an option
// changed its tier); each whose due instant moves is saved and its customer told.
Status FollowLineServiceLevel(Transaction& tx, const SlaCatalog* sla, const Product& line, Instant now);

// The inventory's LineTierFollower port, served by FollowLineServiceLevel.
class TicketsFollowLineTier final : public LineTierFollower {
 public:
  explicit TicketsFollowLineTier(std::shared_ptr<const SlaCatalog> sla) : sla_(std::move(sla)) {}
  Status LineTierChanged(Transaction& tx, const Product& line, Instant now) override {
    return FollowLineServiceLevel(tx, sla_.get(), line, now);
  }

 private:
  std::shared_ptr<const SlaCatalog> sla_;
};

}  // namespace bizline
