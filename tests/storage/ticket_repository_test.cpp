// The ticket repository contract on SQLite and PostgreSQL: a ticket with every optional field,
// its notes, status history and Stop-Clock periods round-trips; updates rewrite the children;
// list filters and paging; attachments keep every byte.
#include <gmock/gmock.h>

#include "app/party/ports.h"
#include "app/ticketing/ports.h"
#include "storage_fixture.h"

namespace bizline::testing {
namespace {

using TicketStorage = StorageContract;

Ticket FullTicket(CustomerId customer, RepresentativeId reporter) {
  Ticket t;
  t.customer_id = customer;
  t.reporter_id = reporter;
  t.product_ref = "line-1042";
  t.name = "CPE down";
  t.description = "No synchronisation since 08:10";
  t.severity = "Major";
  t.ticket_type = "incident";
  t.external_id = "EXT-1";
  t.priority = Priority::kP1;
  t.channel = Channel::kPhone;
  t.status = TicketStatus::kPending;
  t.status_change_reason = "customer";
  t.sla_formula = "internet-pro-plus";
  t.sla_tier = "premium";
  t.estimated_business_days = 1;
  t.created_at = InstantFromEpoch(1'790'000'000);
  t.last_update = InstantFromEpoch(1'790'000'600);
  t.status_change_date = InstantFromEpoch(1'790'000'300);
  t.expected_resolution = InstantFromEpoch(1'790'018'000);
  t.requested_resolution = InstantFromEpoch(1'790'020'000);
  t.acknowledged_at = InstantFromEpoch(1'790'000'060);
  t.notes = {{0, "Sam Agent", "called back", InstantFromEpoch(1'790'000'100)}};
  t.history = {{TicketStatus::kAcknowledged, "", t.created_at},
               {TicketStatus::kPending, "customer", InstantFromEpoch(1'790'000'300)}};
  t.stop_clock = {{StopClockReason::kCustomer, InstantFromEpoch(1'790'000'300), std::nullopt}};
  return t;
}

TEST_P(TicketStorage, ATicketRoundTripsWithItsChildren) {
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  auto rep = *Customers(*tx).InsertRepresentative({RepresentativeId(), customer, "Ann", "ann@acme.example", "", ""});
  Ticket t = FullTicket(customer, rep);
  auto id = Tickets(*tx).Insert(t);
  ASSERT_TRUE(id.ok()) << id.error().message;
  ASSERT_TRUE(Tickets(*tx).AssignNumber(*id, "BZ-2026-000001").ok());
  ASSERT_TRUE(tx->Commit().ok());

  auto read = Tickets(*Begin(TxMode::kRead)).Get(*id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->number, "BZ-2026-000001");
  EXPECT_EQ(read->customer_id, customer);
  EXPECT_EQ(read->reporter_id, rep);
  EXPECT_EQ(read->priority, Priority::kP1);
  EXPECT_EQ(read->channel, Channel::kPhone);
  EXPECT_EQ(read->status, TicketStatus::kPending);
  EXPECT_EQ(read->sla_tier, "premium");
  EXPECT_EQ(read->estimated_business_days, 1);
  EXPECT_EQ(read->expected_resolution, t.expected_resolution);
  EXPECT_EQ(read->acknowledged_at, t.acknowledged_at);
  EXPECT_FALSE(read->resolution_date);
  EXPECT_FALSE(read->breached_at);
  EXPECT_FALSE(read->parent_ticket_id);
  ASSERT_EQ(read->notes.size(), 1u);
  EXPECT_EQ(read->notes[0].text, "called back");
  ASSERT_EQ(read->history.size(), 2u);
  EXPECT_EQ(read->history[1].reason, "customer");
  ASSERT_EQ(read->stop_clock.size(), 1u);
  EXPECT_FALSE(read->stop_clock[0].end);
}

TEST_P(TicketStorage, AnOperatorTicketHasNoCustomerAndAChildLinksItsParent) {
  auto tx = Begin();
  Ticket parent = FullTicket(CustomerId(), RepresentativeId());
  parent.customer_id.reset();
  parent.reporter_id.reset();
  parent.priority.reset();
  parent.estimated_business_days.reset();
  auto parent_id = *Tickets(*tx).Insert(parent);
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  Ticket child = FullTicket(customer, RepresentativeId());
  child.reporter_id.reset();
  child.parent_ticket_id = parent_id;
  auto child_id = *Tickets(*tx).Insert(child);
  ASSERT_TRUE(tx->Commit().ok());
  auto read = Begin(TxMode::kRead);
  auto p = Tickets(*read).Get(parent_id);
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p->customer_id);
  EXPECT_FALSE(p->priority);
  EXPECT_FALSE(p->estimated_business_days);
  EXPECT_EQ(Tickets(*read).Get(child_id)->parent_ticket_id, parent_id);
}

TEST_P(TicketStorage, UpdateRewritesTheRowAndItsChildren) {
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  Ticket t = FullTicket(customer, RepresentativeId());
  t.reporter_id.reset();
  t.id = *Tickets(*tx).Insert(t);
  t.status = TicketStatus::kInProgress;
  t.stop_clock[0].end = InstantFromEpoch(1'790'001'000);
  t.history.push_back({TicketStatus::kInProgress, "", InstantFromEpoch(1'790'001'000)});
  t.notes.push_back({0, "Ann", "thanks", InstantFromEpoch(1'790'001'001)});
  t.breached_at = InstantFromEpoch(1'790'020'000);
  t.priority = Priority::kP2;
  ASSERT_TRUE(Tickets(*tx).Update(t).ok());
  ASSERT_TRUE(tx->Commit().ok());
  auto read = Tickets(*Begin(TxMode::kRead)).Get(t.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->status, TicketStatus::kInProgress);
  EXPECT_EQ(read->priority, Priority::kP2);
  EXPECT_EQ(read->breached_at, t.breached_at);
  EXPECT_EQ(read->notes.size(), 2u);
  EXPECT_EQ(read->history.size(), 3u);
  ASSERT_EQ(read->stop_clock.size(), 1u);
  EXPECT_EQ(read->stop_clock[0].end, InstantFromEpoch(1'790'001'000));
  EXPECT_EQ(Tickets(*Begin()).Update(Ticket{}).error().code, ErrorCode::kNotFound);
}

TEST_P(TicketStorage, ListFiltersByTenantAndFieldsWithPaging) {
  auto tx = Begin();
  auto acme = *Customers(*tx).Insert(SampleCustomer());
  auto globex = *Customers(*tx).Insert(SampleCustomer("Globex BV", "0202.239.951"));
  for (int i = 0; i < 5; ++i) {
    Ticket t = FullTicket(i < 3 ? acme : globex, RepresentativeId());
    t.reporter_id.reset();
    t.severity = i % 2 == 0 ? "High" : "Low";
    t.ticket_type = i == 4 ? "connectivity" : "incident";
    ASSERT_TRUE(Tickets(*tx).Insert(t).ok());
  }
  ASSERT_TRUE(tx->Commit().ok());
  auto read = Begin(TxMode::kRead);
  auto all = Tickets(*read).List({}, {0, 2});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->total, 5);
  EXPECT_EQ(all->items.size(), 2u);
  TicketFilter only_acme;
  only_acme.only = acme;
  EXPECT_EQ(Tickets(*read).List(only_acme, {})->total, 3);
  TicketFilter high;
  high.severity = "High";
  EXPECT_EQ(Tickets(*read).List(high, {})->total, 3);
  TicketFilter type;
  type.ticket_type = "connectivity";
  auto connectivity = Tickets(*read).List(type, {});
  ASSERT_EQ(connectivity->items.size(), 1u);
  EXPECT_EQ(connectivity->items[0].customer_id, globex);
  TicketFilter combined;
  combined.only = acme;
  combined.statuses = {TicketStatus::kPending};
  combined.priority = Priority::kP1;
  combined.channel = Channel::kPhone;
  EXPECT_EQ(Tickets(*read).List(combined, {})->total, 3);
  combined.priority = Priority::kP3;
  EXPECT_EQ(Tickets(*read).List(combined, {})->total, 0);

  // The console's queue (issue 10): several statuses, one customer, one tier.
  TicketFilter queue;
  queue.statuses = {TicketStatus::kInProgress, TicketStatus::kPending};
  EXPECT_EQ(Tickets(*read).List(queue, {})->total, 5);
  queue.statuses = {TicketStatus::kResolved, TicketStatus::kClosed};
  EXPECT_EQ(Tickets(*read).List(queue, {})->total, 0);
  TicketFilter of_globex;
  of_globex.customer = globex;
  EXPECT_EQ(Tickets(*read).List(of_globex, {})->total, 2);
  of_globex.only = acme;  // a representative of Acme asking for Globex's tickets sees none
  EXPECT_EQ(Tickets(*read).List(of_globex, {})->total, 0);
  TicketFilter tier;
  tier.sla_tier = FullTicket(acme, RepresentativeId()).sla_tier;
  EXPECT_EQ(Tickets(*read).List(tier, {})->total, 5);
  tier.sla_tier = "no-such-tier";
  EXPECT_EQ(Tickets(*read).List(tier, {})->total, 0);
}

// No lost updates (issue 9 item 7): an update names the version it read; a stale copy is refused
// as kAborted and writes nothing. An update appends children instead of rewriting them: the rows
// already stored keep their ids.
TEST_P(TicketStorage, AStaleCopyIsRefusedAndAnUpdateOnlyAppendsChildren) {
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  Ticket t = FullTicket(customer, RepresentativeId());
  t.reporter_id.reset();
  t.id = *Tickets(*tx).Insert(t);
  ASSERT_TRUE(tx->Commit().ok());
  const Ticket read = *Tickets(*Begin(TxMode::kRead)).Get(t.id);
  EXPECT_EQ(read.version, 1);
  const std::int64_t first_note = read.notes.at(0).id;

  Ticket mine = read;
  mine.notes.push_back({0, "Sam", "second", InstantFromEpoch(1'790'001'000)});
  mine.description = "mine";
  auto writer = Begin();
  ASSERT_TRUE(Tickets(*writer).Update(mine).ok());
  ASSERT_TRUE(writer->Commit().ok());

  Ticket theirs = read;  // read before `mine` was written
  theirs.notes.push_back({0, "Ann", "lost?", InstantFromEpoch(1'790'001'001)});
  theirs.description = "theirs";
  auto late = Begin();
  auto refused = Tickets(*late).Update(theirs);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kAborted);
  late.reset();

  const Ticket after = *Tickets(*Begin(TxMode::kRead)).Get(t.id);
  EXPECT_EQ(after.version, 2);
  EXPECT_EQ(after.description, "mine");
  ASSERT_EQ(after.notes.size(), 2u);
  EXPECT_EQ(after.notes[0].id, first_note) << "the stored note was not rewritten";
  EXPECT_EQ(after.notes[1].text, "second");
  EXPECT_EQ(after.history.size(), read.history.size());
}

// The work queue (DESK-028, SLA-026): by line, breached or not, due before an instant, sorted by
// due instant with the tickets that have none last; the same answer on both backends.
TEST_P(TicketStorage, TheQueueFiltersByLineBreachAndDueAndSortsByDue) {
  auto tx = Begin();
  auto acme = *Customers(*tx).Insert(SampleCustomer());
  const Instant base = InstantFromEpoch(1'790'000'000);
  // Due in hours: 5, none, 1, 3 (breached), 2.
  const std::vector<std::optional<int>> due_hours{5, std::nullopt, 1, 3, 2};
  std::vector<TicketId> ids;
  for (std::size_t i = 0; i < due_hours.size(); ++i) {
    Ticket t = FullTicket(acme, RepresentativeId());
    t.reporter_id.reset();
    t.product_ref = i % 2 == 0 ? "7" : "8";
    t.status = TicketStatus::kInProgress;
    t.stop_clock.clear();
    t.expected_resolution.reset();
    if (due_hours[i]) t.expected_resolution = base + std::chrono::hours(*due_hours[i]);
    auto id = Tickets(*tx).Insert(t);
    ASSERT_TRUE(id.ok()) << id.error().message;
    ids.push_back(*id);
  }
  ASSERT_TRUE(Tickets(*tx).MarkBreached(ids[3], base + std::chrono::hours(3)).ok());
  ASSERT_TRUE(tx->Commit().ok());
  auto read = Begin(TxMode::kRead);
  const auto order_of = [&](const TicketFilter& filter) {
    std::vector<TicketId> out;
    auto page = Tickets(*read).List(filter, {0, 100});
    EXPECT_TRUE(page.ok());
    for (const auto& t : page->items) out.push_back(t.id);
    return out;
  };
  TicketFilter by_due;
  by_due.order = TicketOrder::kByDue;
  EXPECT_THAT(order_of(by_due), ::testing::ElementsAre(ids[2], ids[4], ids[3], ids[0], ids[1]));
  by_due.order = TicketOrder::kByDueDescending;
  EXPECT_THAT(order_of(by_due), ::testing::ElementsAre(ids[0], ids[3], ids[4], ids[2], ids[1]));
  TicketFilter line;
  line.product_ref = "7";
  EXPECT_THAT(order_of(line), ::testing::ElementsAre(ids[0], ids[2], ids[4]));
  TicketFilter breached;
  breached.breached = BreachFilter::kBreached;
  EXPECT_THAT(order_of(breached), ::testing::ElementsAre(ids[3]));
  breached.breached = BreachFilter::kNotBreached;
  EXPECT_EQ(Tickets(*read).List(breached, {})->total, 4);
  TicketFilter soon;
  soon.due_before = base + std::chrono::hours(3);  // strictly before: 1 h and 2 h
  soon.order = TicketOrder::kByDue;
  EXPECT_THAT(order_of(soon), ::testing::ElementsAre(ids[2], ids[4]));
}

// A page reads the children of all its tickets at once (one query per child table): each ticket
// gets exactly its own notes, history, Stop-Clock periods and attachments, in their order, and a
// ticket without children gets none. Children are inserted interleaved across tickets.
TEST_P(TicketStorage, AListedPageCarriesEachTicketsOwnChildren) {
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  std::vector<TicketId> ids;
  for (int i = 0; i < 4; ++i) {
    Ticket t = FullTicket(customer, RepresentativeId());
    t.reporter_id.reset();
    t.notes.clear();
    t.history.clear();
    t.stop_clock.clear();
    if (i != 2) {  // ticket 2 has no children at all
      for (int n = 0; n <= i; ++n) {
        t.notes.push_back({0, "agent", "note " + std::to_string(i) + "." + std::to_string(n), t.created_at});
        t.history.push_back({n % 2 == 0 ? TicketStatus::kAcknowledged : TicketStatus::kInProgress,
                             "h" + std::to_string(i) + "." + std::to_string(n), t.created_at});
      }
      t.stop_clock = {{StopClockReason::kCustomer, InstantFromEpoch(1'790'000'000 + i), std::nullopt}};
    }
    ids.push_back(*Tickets(*tx).Insert(t));
  }
  AttachmentInfo info{AttachmentId(), "a.txt", "text/plain", 1, InstantFromEpoch(1'790'000'000)};
  for (int round = 0; round < 2; ++round) {
    for (int i : {3, 0}) {  // interleaved: 3, 0, 3, 0
      info.name = "t" + std::to_string(i) + "-" + std::to_string(round);
      ASSERT_TRUE(Tickets(*tx).InsertAttachment(ids[static_cast<std::size_t>(i)], info, "x").ok());
    }
  }
  ASSERT_TRUE(tx->Commit().ok());

  auto page = Tickets(*Begin(TxMode::kRead)).List({}, {0, 10});
  ASSERT_TRUE(page.ok()) << page.error().message;
  ASSERT_EQ(page->items.size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) {
    const Ticket& t = page->items[i];
    ASSERT_EQ(t.id, ids[i]);
    std::size_t expected = i == 2 ? 0 : i + 1;
    ASSERT_EQ(t.notes.size(), expected) << i;
    ASSERT_EQ(t.history.size(), expected) << i;
    for (std::size_t n = 0; n < expected; ++n) {
      EXPECT_EQ(t.notes[n].text, "note " + std::to_string(i) + "." + std::to_string(n));
      EXPECT_EQ(t.history[n].reason, "h" + std::to_string(i) + "." + std::to_string(n));
    }
    EXPECT_EQ(t.stop_clock.size(), i == 2 ? 0u : 1u) << i;
    if (i != 2) {
      EXPECT_EQ(t.stop_clock[0].start, InstantFromEpoch(1'790'000'000 + static_cast<int>(i)));
    }
  }
  auto names = [](const Ticket& t) {
    std::vector<std::string> out;
    for (const auto& a : t.attachments) out.push_back(a.name);
    return out;
  };
  EXPECT_THAT(names(page->items[0]), ::testing::ElementsAre("t0-0", "t0-1"));
  EXPECT_THAT(names(page->items[3]), ::testing::ElementsAre("t3-0", "t3-1"));
  EXPECT_TRUE(page->items[1].attachments.empty());
  auto second = Tickets(*Begin(TxMode::kRead)).List({}, {1, 2});  // a page in the middle
  ASSERT_EQ(second->items.size(), 2u);
  EXPECT_EQ(second->items[0].notes.size(), 2u);
  EXPECT_TRUE(second->items[1].notes.empty());
}

TEST_P(TicketStorage, AttachmentsKeepEveryByte) {
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  Ticket t = FullTicket(customer, RepresentativeId());
  t.reporter_id.reset();
  auto id = *Tickets(*tx).Insert(t);
  std::string bytes;
  for (int i = 0; i < 1000; ++i) bytes += static_cast<char>(i % 256);
  AttachmentInfo info{AttachmentId(), "dump.png", "image/png", static_cast<std::int64_t>(bytes.size()),
                      InstantFromEpoch(1'790'000'000)};
  auto attachment = Tickets(*tx).InsertAttachment(id, info, bytes);
  ASSERT_TRUE(attachment.ok()) << attachment.error().message;
  ASSERT_TRUE(tx->Commit().ok());
  auto read = Begin(TxMode::kRead);
  EXPECT_EQ(*Tickets(*read).AttachmentContent(id, *attachment), bytes);
  auto ticket = Tickets(*read).Get(id);
  ASSERT_EQ(ticket->attachments.size(), 1u);
  EXPECT_EQ(ticket->attachments[0].size, 1000);
  EXPECT_EQ(ticket->attachments[0].mime_type, "image/png");
  EXPECT_EQ(Tickets(*read).AttachmentContent(TicketId(id.value() + 1), *attachment).error().code, ErrorCode::kNotFound);
}
// DESK-017: the breach watch marks a ticket breached (and tells the customer) only while it is
// still open with the due instant the watch read (SLA-026); an edit never erases the mark.
TEST_P(TicketStorage, ABreachMarkNeedsTheCurrentDeadlineAndSurvivesAStaleUpdate) {
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  Ticket t = FullTicket(customer, RepresentativeId());
  t.reporter_id.reset();
  t.status = TicketStatus::kInProgress;
  t.stop_clock.clear();
  t.id = *Tickets(*tx).Insert(t);
  ASSERT_TRUE(tx->Commit().ok());
  const Instant due = *t.expected_resolution;

  EXPECT_FALSE(*Tickets(*Begin()).MarkBreached(t.id, due + std::chrono::hours(1)));  // deadline moved since
  {
    auto watch = Begin();
    EXPECT_TRUE(*Tickets(*watch).MarkBreached(t.id, due));
    EXPECT_FALSE(*Tickets(*watch).MarkBreached(t.id, due));  // once
    ASSERT_TRUE(watch->Commit().ok());
  }
  Ticket stale = t;  // read before the watch ran: no breached_at
  stale.description = "edited after the mark";
  {
    auto edit = Begin();
    ASSERT_TRUE(Tickets(*edit).Update(stale).ok());
    ASSERT_TRUE(edit->Commit().ok());
  }
  auto read = Tickets(*Begin(TxMode::kRead)).Get(t.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->description, "edited after the mark");
  EXPECT_EQ(read->breached_at, due);
}

TEST_P(TicketStorage, AResolvedTicketIsNotMarkedBreached) {
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  Ticket t = FullTicket(customer, RepresentativeId());
  t.reporter_id.reset();
  t.status = TicketStatus::kResolved;
  t.id = *Tickets(*tx).Insert(t);
  ASSERT_TRUE(tx->Commit().ok());
  EXPECT_FALSE(*Tickets(*Begin()).MarkBreached(t.id, *t.expected_resolution));  // DESK-017
}

// The interleaving of a service-desk edit and the breach watch that SQLite cannot have (its
// writers take the database lock at BEGIN): the edit read the ticket, the watch marked and
// committed, then the edit wrote its stale copy.
TEST_P(TicketStorage, AConcurrentEditKeepsTheBreachMarkOnPostgres) {
  if (GetParam() == Backend::kSqlite) GTEST_SKIP() << "SQLite serialises writers at BEGIN";
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  Ticket t = FullTicket(customer, RepresentativeId());
  t.reporter_id.reset();
  t.status = TicketStatus::kAcknowledged;
  t.stop_clock.clear();
  t.id = *Tickets(*tx).Insert(t);
  ASSERT_TRUE(tx->Commit().ok());

  auto edit = Begin();
  auto copy = Tickets(*edit).Get(t.id);
  ASSERT_TRUE(copy.ok());
  {
    auto watch = Begin();
    EXPECT_TRUE(*Tickets(*watch).MarkBreached(t.id, *t.expected_resolution));
    ASSERT_TRUE(watch->Commit().ok());
  }
  copy->priority = Priority::kP3;
  ASSERT_TRUE(Tickets(*edit).Update(*copy).ok());
  ASSERT_TRUE(edit->Commit().ok());
  auto read = Tickets(*Begin(TxMode::kRead)).Get(t.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->priority, Priority::kP3);
  EXPECT_EQ(read->breached_at, t.expected_resolution);  // DESK-017: nothing acknowledged is lost
}

INSTANTIATE_TEST_SUITE_P(Backends, TicketStorage, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
