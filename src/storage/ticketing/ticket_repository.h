// Trouble tickets in SQL: one row per ticket plus child tables for notes, status history,
// Stop-Clock periods and attachments (content stored base64-encoded). A page of tickets reads its
// children with one query per child table, so a list costs a constant number of queries.
#pragma once

#include "app/ticketing/ports.h"

namespace soci {
class session;
}

namespace bizline {

class SociTicketRepository final : public TicketRepository {
 public:
  explicit SociTicketRepository(soci::session& session) : sql_(session) {}

  Result<TicketId> Insert(const Ticket& ticket) override;
  Status AssignNumber(TicketId id, const std::string& number) override;
  Status Update(const Ticket& ticket) override;
  Result<Ticket> Get(TicketId id) override;
  Result<Page<Ticket>> List(const TicketFilter& filter, PageRequest page) override;
  Result<AttachmentId> InsertAttachment(TicketId ticket, const AttachmentInfo& info,
                                        const std::string& content) override;
  Result<std::string> AttachmentContent(TicketId ticket, AttachmentId attachment) override;
  Result<std::vector<Ticket>> PastDue(Instant now, int limit) override;
  Result<bool> MarkBreached(TicketId id, Instant due) override;

 private:
  void WriteChildren(const Ticket& ticket);
  void AppendChildren(const Ticket& ticket);
  // Fills the child lists of every ticket with one query per child table (not per ticket).
  void ReadChildren(std::vector<Ticket>& tickets);
  soci::session& sql_;
};

}  // namespace bizline
