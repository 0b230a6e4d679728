// Demo tickets, so a new user meets a working queue: open, pending, breached and resolved
// tickets across both customers, registered through the ticket use case (the same rules, due
// instants and notices as the API), on the demo lines.
#include <map>

#include "app/demo/demo_data.h"
#include "app/identity/ports.h"
#include "app/inventory/ports.h"
#include "app/party/ports.h"
#include "app/ticketing/sla_watch.h"
#include "app/ticketing/ticket_service.h"

namespace bizline {
namespace {

const Principal kDesk{UserId(), Role::kAgentL1, CustomerId()};

struct DemoParty {
  CustomerId customer;
  Principal rep;                           // the representative's login
  RepresentativeId reporter;               // the same person as an authorised representative
  std::map<std::string, ProductId> lines;  // by order reference (DEMO-1, ...)
};

Result<DemoParty> PartyOf(Transaction& tx, const std::string& login) {
  ASSIGN_OR_RETURN(auto user, Users(tx).FindByEmail(login));
  DemoParty party{user.customer_id, {user.id, Role::kCustomerRep, user.customer_id}, RepresentativeId(), {}};
  ASSIGN_OR_RETURN(auto reps, Customers(tx).Representatives(party.customer));
  for (const auto& rep : reps) {
    if (rep.email == login) party.reporter = rep.id;
  }
  ProductFilter filter;
  filter.customer = party.customer;
  auto lines = Products(tx).List(filter, {0, kMaxPageLimit});
  if (!lines) return lines.error();
  for (const auto& line : lines->items) party.lines[line.order_ref] = line.id;
  return party;
}

TicketDraft Incident(const DemoParty& party, const std::string& line, Priority priority, std::string description) {
  TicketDraft d;
  d.description = std::move(description);
  d.severity = priority == Priority::kP1 ? "Critical" : "Major";
  d.ticket_type = "incident";
  d.priority = priority;
  auto it = party.lines.find(line);
  d.product_ref = it == party.lines.end() ? line : std::to_string(it->second.value());
  return d;
}

Result<Ticket> Move(TicketService& tickets, const Ticket& t, TicketStatus to, std::string reason) {
  TicketPatch patch;
  patch.status = to;
  patch.status_change_reason = std::move(reason);
  return tickets.Patch(kDesk, t.number, patch);
}

// A P1 the Client phoned in at `from` (DESK-023), worked on at once and resolved at `to`.
Status PastOutage(TicketService& tickets, SettableClock& clock, const DemoParty& party, const std::string& line,
                  std::string description, Instant from, Instant to, std::string resolution) {
  TicketDraft outage = Incident(party, line, Priority::kP1, std::move(description));
  outage.channel = Channel::kPhone;
  outage.customer_id = party.customer;
  outage.reporter_id = party.reporter;
  clock.Set(from);
  ASSIGN_OR_RETURN(auto ticket, tickets.Create(kDesk, outage));
  clock.Set(from + std::chrono::hours(1));
  TRY(Move(tickets, ticket, TicketStatus::kInProgress, ""));
  clock.Set(to);
  TRY(Move(tickets, ticket, TicketStatus::kResolved, std::move(resolution)));
  return Ok{};
}

}  // namespace

Result<int> LoadDemoTickets(Storage& storage, std::shared_ptr<const SlaCatalog> sla, Instant now) {
  Result<DemoParty> acme = Error::NotFound(""), globex = acme;
  {
    ASSIGN_OR_RETURN(auto tx, storage.Begin(TxMode::kRead));
    acme = PartyOf(*tx, "rep@acme.example");
    if (!acme) return acme.error();
    globex = PartyOf(*tx, "rep@globex.example");
    if (!globex) return globex.error();
  }
  SettableClock clock(now);
  TicketService tickets(storage, clock, sla);
  int made = 0;

  // Forty days ago the Antwerp depot was down for four days: restored long after its due
  // instant, a month with a restoration breach Acme may claim a Service Credit for (SLA-044,
  // SLA-010) until the end of the third month after it (SLA-011).
  TRY(PastOutage(tickets, clock, *acme, "DEMO-2", "Antwerp depot: router dead after a power surge",
                 now - std::chrono::hours(24 * 40), now - std::chrono::hours(24 * 36), "Router replaced on site"));
  // Two months ago Globex's Gent campus (Internet Pro+, due the next business day) was down for
  // four days: a late restoration and downtime in its availability year (SLA-044, SLA-046).
  TRY(PastOutage(tickets, clock, *globex, "DEMO-3", "Gent campus: fiber cut by road works",
                 now - std::chrono::hours(24 * 64), now - std::chrono::hours(24 * 60), "Fiber spliced"));
  made += 2;

  clock.Set(now - std::chrono::hours(72));

  // Acme phoned three days ago: the Antwerp depot is down (P1, 5 h on Internet Pro). Still being
  // worked on, long past its due instant: the breach watch below marks it.
  TicketDraft down = Incident(*acme, "DEMO-2", Priority::kP1, "Antwerp depot: no internet access at all");
  down.channel = Channel::kPhone;
  down.customer_id = acme->customer;
  down.reporter_id = acme->reporter;
  ASSIGN_OR_RETURN(auto breached, tickets.Create(kDesk, down));
  clock.Set(now - std::chrono::hours(70));
  TRY(Move(tickets, breached, TicketStatus::kInProgress, ""));
  ++made;

  // Globex reported wifi drops yesterday; the desk waits for the customer (Stop-Clock).
  clock.Set(now - std::chrono::hours(26));
  auto wifi = tickets.Create(
      globex->rep, Incident(*globex, "DEMO-3", Priority::kP3, "Wifi drops in the meeting rooms of the Gent campus"));
  if (!wifi) return wifi.error();
  clock.Set(now - std::chrono::hours(25));
  TRY(Move(tickets, *wifi, TicketStatus::kPending, "customer"));
  ++made;

  // Globex's fiber line had slow DNS; resolved this morning.
  clock.Set(now - std::chrono::hours(20));
  ASSIGN_OR_RETURN(auto dns,
                   tickets.Create(globex->rep, Incident(*globex, "DEMO-4", Priority::kP3, "Name resolution is slow")));
  clock.Set(now - std::chrono::hours(2));
  TRY(Move(tickets, dns, TicketStatus::kResolved, "DNS cache flushed"));
  ++made;

  // Today: repeated interruptions at Acme's head office (FullFiber Extended, Premium SLA), and a
  // question about the backup (an information request: P4 by default, X-35).
  clock.Set(now - std::chrono::minutes(40));
  auto flapping = tickets.Create(
      acme->rep, Incident(*acme, "DEMO-1", Priority::kP2, "Head office: the connection drops every few minutes"));
  if (!flapping) return flapping.error();
  ++made;
  TicketDraft question;
  question.description = "Does the mobile backup take over the fixed IP addresses?";
  question.severity = "Minor";
  question.ticket_type = "informationRequest";
  auto asked = tickets.Create(acme->rep, question);
  if (!asked) return asked.error();
  ++made;

  SettableClock watch_clock(now);
  TRY(SlaWatch(storage, watch_clock, std::move(sla)).RunOnce());
  return made;
}

}  // namespace bizline
