// Escalation steps in SQL (migration 0006), and the general-outage link count read from the
// tickets' parent_ticket_id (U-29).
#pragma once

#include "app/ticketing/ports.h"

namespace soci {
class session;
}

namespace bizline {

class SociEscalationRepository final : public EscalationRepository {
 public:
  explicit SociEscalationRepository(soci::session& session) : sql_(session) {}

  Result<std::int64_t> Insert(const EscalationStep& step) override;
  Result<std::vector<EscalationStep>> Steps(TicketId ticket) override;
  Result<int> LinkedCustomerCount(TicketId parent) override;

 private:
  soci::session& sql_;
};

}  // namespace bizline
