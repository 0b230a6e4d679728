// The SLA breach watch, driven by a fake clock: marks each ticket past its due instant once,
// records when it breached and tells the customer; never escalates by itself.
#include "app/ticketing/sla_watch.h"

#include "app/escalation_fixture.h"
#include "app/ticketing/ports.h"

namespace bizline::testing {
namespace {

class SlaWatchTest : public TicketAppTest {
 protected:
  // A ticket whose SLA-026 due instant is `due` (written as the ticket service would).
  // On an Internet Pro line, whose missed P1 earns a Service Credit (SLA-044) in `sla_`.
  Ticket DueAt(const Tenant& tenant, Instant due, Priority priority = Priority::kP2,
               const std::string& formula = "internet-pro") {
    Ticket t = NewIncident(tenant, priority);
    t.sla_formula = formula;
    t.expected_resolution = due;
    auto tx = storage_->Begin(TxMode::kWrite);
    EXPECT_TRUE(Tickets(**tx).Update(t).ok());
    EXPECT_TRUE((*tx)->Commit().ok());
    return t;
  }

  Ticket Reload(const Ticket& t) {
    auto tx = storage_->Begin(TxMode::kRead);
    return *Tickets(*(*tx)).Get(t.id);
  }

  SlaWatch Watch() { return SlaWatch(*storage_, clock_, CatalogWithCredits()); }

  // T-15 with the remedies of catalog/sla.yaml: a credit for Internet Pro (SLA-044), none for
  // FullFiber (SLA-045).
  static std::shared_ptr<const SlaCatalog> CatalogWithCredits() {
    std::vector<FormulaSla> formulas;
    for (const auto& [id, formula] : T15Catalog().formulas()) {
      formulas.push_back(formula);
      if (id == "internet-pro") formulas.back().missed_p1 = MissedP1Remedy::kServiceCredit;
    }
    return std::make_shared<const SlaCatalog>(*SlaCatalog::Create(std::move(formulas)));
  }

  std::string BreachNoticeBody(const Tenant& tenant) {
    auto notes = NotificationsOf(tenant, std::string(kSlaBreachedKind));
    return notes.empty() ? std::string() : notes.back().body;
  }
};

TEST_F(SlaWatchTest, MarksATicketPastDueOnceAndRecordsWhenItBreached_SLA_026) {
  const Instant due = clock_.Now() + std::chrono::hours(5);
  Ticket t = DueAt(acme_, due);
  Ticket later = DueAt(acme_, due + std::chrono::hours(24));

  EXPECT_EQ(Watch().RunOnce()->breached, 0);
  clock_.Set(due - std::chrono::seconds(1));
  EXPECT_EQ(Watch().RunOnce()->breached, 0);  // not yet
  clock_.Set(due + std::chrono::minutes(7));
  EXPECT_EQ(Watch().RunOnce()->breached, 1);
  EXPECT_EQ(Reload(t).breached_at, due);  // the instant the due time passed, not when the watch ran
  EXPECT_FALSE(Reload(later).breached_at);

  clock_.Advance(std::chrono::hours(1));
  EXPECT_EQ(Watch().RunOnce()->breached, 0);  // exactly once
  EXPECT_EQ(Reload(t).breached_at, due);
}

TEST_F(SlaWatchTest, TellsTheCustomersRepresentativesOnce_DESK_017_SLA_010) {
  const Instant due = clock_.Now() + std::chrono::hours(5);
  Ticket t = DueAt(acme_, due);
  clock_.Set(due + std::chrono::hours(1));
  ASSERT_TRUE(Watch().RunOnce().ok());
  ASSERT_TRUE(Watch().RunOnce().ok());
  auto notes = NotificationsOf(acme_, std::string(kSlaBreachedKind));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].reference, "troubleTicket/" + t.number);
  EXPECT_EQ(notes[0].recipients, (std::vector<std::string>{"ann@acme.example", "luc@acme.example"}));
  EXPECT_NE(notes[0].body.find("escalation procedure"), std::string::npos);  // ESC-003: a P2
  EXPECT_TRUE(NotificationsOf(globex_, std::string(kSlaBreachedKind)).empty());
}

TEST_F(SlaWatchTest, LeavesStopClockResolvedAndDueLessTicketsAlone_SLA_006) {
  const Instant due = clock_.Now() + std::chrono::hours(5);
  Ticket pending = DueAt(acme_, due);
  TicketPatch stop_clock;
  stop_clock.status = TicketStatus::kPending;
  stop_clock.status_change_reason = "customer";
  ASSERT_TRUE(tickets_->Patch(kAgent, pending.number, stop_clock).ok());
  Ticket resolved = DueAt(acme_, due);
  TicketPatch resolve;
  resolve.status = TicketStatus::kResolved;
  ASSERT_TRUE(tickets_->Patch(kAgent, resolved.number, resolve).ok());
  NewIncident(acme_, Priority::kP1);  // a formula without SLA: no due instant
  clock_.Set(due + std::chrono::hours(1));
  EXPECT_EQ(Watch().RunOnce()->breached, 0);
}

TEST_F(SlaWatchTest, ABreachDoesNotEscalate_ESC_004_SLA_012) {
  const Instant due = clock_.Now() + std::chrono::hours(5);
  Ticket t = DueAt(acme_, due, Priority::kP1);
  clock_.Set(due + std::chrono::hours(1));
  EXPECT_EQ(Watch().RunOnce()->breached, 1);
  // No time-based trigger: escalation stays the customer's to ask for.
  EXPECT_EQ(escalations_->Get(kAgent, t.number)->level, 0);
}

TEST_F(SlaWatchTest, WorksThroughMoreTicketsThanOneBatch) {
  SlaWatch small(*storage_, clock_, CatalogWithCredits(), 2);
  const Instant due = clock_.Now() + std::chrono::hours(1);
  for (int i = 0; i < 5; ++i) DueAt(i % 2 ? acme_ : globex_, due + std::chrono::minutes(i));
  clock_.Set(due + std::chrono::hours(1));
  EXPECT_EQ(small.RunOnce()->breached, 5);
  EXPECT_EQ(small.RunOnce()->breached, 0);
}

TEST_F(SlaWatchTest, TheNoticePromisesOnlyTheRemediesThatApply_SLA_044_SLA_045_ESC_003) {
  const Instant due = clock_.Now() + std::chrono::hours(5);
  DueAt(acme_, due, Priority::kP1, "internet-pro");
  clock_.Set(due + std::chrono::hours(1));
  ASSERT_EQ(Watch().RunOnce()->breached, 1);
  std::string credit = BreachNoticeBody(acme_);
  EXPECT_NE(credit.find("escalation procedure"), std::string::npos);
  EXPECT_NE(credit.find("Service Credit"), std::string::npos);               // SLA-044
  EXPECT_NE(credit.find("claimed within three months"), std::string::npos);  // SLA-010, SLA-011

  DueAt(globex_, clock_.Now() + std::chrono::hours(1), Priority::kP1, "fullfiber");
  clock_.Advance(std::chrono::hours(2));
  ASSERT_EQ(Watch().RunOnce()->breached, 1);
  std::string fiber = BreachNoticeBody(globex_);
  EXPECT_NE(fiber.find("escalation procedure"), std::string::npos);
  EXPECT_EQ(fiber.find("Service Credit"), std::string::npos);  // SLA-045: escalation only

  DueAt(globex_, clock_.Now() + std::chrono::hours(1), Priority::kP3, "internet-pro");
  clock_.Advance(std::chrono::hours(2));
  ASSERT_EQ(Watch().RunOnce()->breached, 1);
  std::string p3 = BreachNoticeBody(globex_);
  EXPECT_EQ(p3.find("escalation"), std::string::npos);  // ESC-003: P1 and P2 only
  EXPECT_EQ(p3.find("Service Credit"), std::string::npos);
}

}  // namespace
}  // namespace bizline::testing
