// Ticket use cases over a real SQLite database with a driven clock: registration rules, tenant
// boundary, lifecycle with Stop-Clock, due-instant recomputation and the outbox notifications of
// DESK-017 / U-23 written in the ticket's transaction.
#include "app/ticket_service.h"

#include "app_fixture.h"
#include "domain/sla/due_instant.h"
#include "domain/ticketing/service_level.h"
#include "unit/sla_test_support.h"

namespace bizline::testing {
namespace {

class TicketServiceTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    clock_.Set(At("2026-03-02T09:00:00+01:00"));  // a Monday
    tickets_ = std::make_unique<TicketService>(*storage_, clock_, std::make_shared<const SlaCatalog>(T15Catalog()));
    acme_ = NewCustomer("Acme NV", "0403.170.701").id;
    globex_ = NewCustomer("Globex BV", "0202.239.951").id;
    ann_ = AddRep(acme_, "ann@acme.example");
    luc_ = AddRep(acme_, "luc@acme.example");
    hank_ = AddRep(globex_, "hank@globex.example");
  }

  RepresentativeId AddRep(CustomerId customer, const std::string& email) {
    auto rep = customers_->AddRepresentative(
        kAgent, {RepresentativeId(), customer, "Rep " + email, email, "+32 2 555 01 01", "IT manager"});
    EXPECT_TRUE(rep.ok());
    return rep->id;
  }

  static TicketDraft Draft(std::optional<Priority> priority, std::string formula = "internet-pro-plus",
                           std::string tier = "premium") {
    TicketDraft d;
    d.description = "No synchronisation since 08:10";
    d.severity = "Major";
    d.ticket_type = "incident";
    d.priority = priority;
    d.sla_formula = std::move(formula);
    d.sla_tier = std::move(tier);
    d.product_ref = "line-1042";
    return d;
  }

  // A staff phone registration for Acme, with Ann on the line.
  Ticket StaffTicket(std::optional<Priority> priority, std::string tier = "premium") {
    TicketDraft d = Draft(priority, "internet-pro-plus", std::move(tier));
    d.customer_id = acme_;
    d.reporter_id = ann_;
    auto t = tickets_->Create(kAgent, d);
    EXPECT_TRUE(t.ok()) << t.error().message;
    return *t;
  }

  std::vector<Notification> Outbox(CustomerId customer) {
    auto tx = storage_->Begin(TxMode::kRead);
    return (*tx)->notifications().ListForCustomer(customer, {})->items;
  }
  std::vector<std::string> Kinds(CustomerId customer) {
    std::vector<std::string> kinds;
    for (const auto& n : Outbox(customer)) kinds.push_back(n.kind);
    return kinds;
  }

  Result<Ticket> Move(const Ticket& t, TicketStatus to, std::string reason = {}) {
    TicketPatch p;
    p.status = to;
    if (!reason.empty()) p.status_change_reason = std::move(reason);
    return tickets_->Patch(kAgent, t.number, p);
  }

  std::unique_ptr<TicketService> tickets_;
  CustomerId acme_, globex_;
  RepresentativeId ann_, luc_, hank_;
};

using KindList = std::vector<std::string>;

TEST_F(TicketServiceTest, ARepresentativeOpensAPortalTicketAndIsToldDESK046DESK017) {
  auto t = tickets_->Create(RepOf(acme_), Draft(Priority::kP3));
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_EQ(t->customer_id, acme_);
  EXPECT_EQ(t->channel, Channel::kPortal);
  EXPECT_EQ(t->status, TicketStatus::kAcknowledged);
  EXPECT_EQ(t->number, "BZ-2026-" + std::string(6 - std::to_string(t->id.value()).size(), '0') +
                           std::to_string(t->id.value()));  // DESK-014
  // SLA-030: P3 premium is 3 business days, the end of Thursday's window.
  EXPECT_EQ(t->expected_resolution, At("2026-03-05T22:00:00+01:00"));
  auto outbox = Outbox(acme_);
  ASSERT_EQ(outbox.size(), 1u);  // DESK-017: opening
  EXPECT_EQ(outbox[0].kind, "ticket.opened");
  EXPECT_EQ(outbox[0].recipients, "ann@acme.example,luc@acme.example");
  EXPECT_EQ(outbox[0].reference, "troubleTicket/" + t->number);
  EXPECT_EQ(t->acknowledged_at, t->created_at);  // DESK-026: informed at once
}

TEST_F(TicketServiceTest, ARepresentativeCannotOpenAP1OrForAnotherCustomerDESK047) {
  auto p1 = tickets_->Create(RepOf(acme_), Draft(Priority::kP1));
  ASSERT_FALSE(p1.ok());
  EXPECT_EQ(p1.error().rule, "DESK-047");
  TicketDraft other = Draft(Priority::kP3);
  other.customer_id = globex_;
  EXPECT_EQ(tickets_->Create(RepOf(acme_), other).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(Outbox(acme_).empty()) << "a refused registration tells nobody";
}

TEST_F(TicketServiceTest, StaffRegisteringACallNameAnAuthorisedCallerDESK012DESK010) {
  TicketDraft d = Draft(Priority::kP1);
  d.customer_id = acme_;
  auto anonymous = tickets_->Create(kAgent, d);
  ASSERT_FALSE(anonymous.ok());
  EXPECT_EQ(anonymous.error().rule, "DESK-012");
  d.reporter_id = hank_;  // Globex's representative calling about Acme
  EXPECT_EQ(tickets_->Create(kAgent, d).error().rule, "DESK-010");
  d.reporter_id = ann_;
  auto t = tickets_->Create(kAgent, d);
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_EQ(t->channel, Channel::kPhone);
  EXPECT_EQ(t->expected_resolution, At("2026-03-02T14:00:00+01:00"));  // SLA-030: P1 premium 5 h
  d.channel = Channel::kEmail;
  EXPECT_EQ(tickets_->Create(kAgent, d).error().rule, "DESK-023");  // an e-mail P1
}

TEST_F(TicketServiceTest, ARepresentativeSeesOnlyItsOwnCustomersTickets) {
  Ticket acme_ticket = StaffTicket(Priority::kP2);
  ASSERT_TRUE(tickets_->Create(RepOf(globex_), Draft(Priority::kP4)).ok());
  EXPECT_EQ(tickets_->Get(RepOf(globex_), acme_ticket.number).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(tickets_->Get(RepOf(acme_), acme_ticket.number).ok());
  EXPECT_EQ(tickets_->List(RepOf(globex_), {}, {})->total, 1);
  EXPECT_EQ(tickets_->List(kAgent, {}, {})->total, 2);
  TicketPatch note;
  note.notes.push_back({0, "Hank", "me too", {}});
  EXPECT_EQ(tickets_->Patch(RepOf(globex_), acme_ticket.number, note).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(tickets_->Get(kAgent, "BZ-2026-999999").error().code, ErrorCode::kNotFound);
}

TEST_F(TicketServiceTest, StopClockStartAndEndAreToldAndPushTheDueInstantSLA006) {
  Ticket t = StaffTicket(Priority::kP2);  // created Monday 09:00; P2 premium: end of Tuesday's window
  EXPECT_EQ(t.expected_resolution, At("2026-03-03T22:00:00+01:00"));
  clock_.Set(At("2026-03-02T10:00:00+01:00"));
  auto pending = Move(t, TicketStatus::kPending, "customer");
  ASSERT_TRUE(pending.ok()) << pending.error().message;
  EXPECT_EQ(pending->expected_resolution, t.expected_resolution) << "the due instant moves when the clock restarts";
  clock_.Set(At("2026-03-02T12:00:00+01:00"));
  auto resumed = Move(t, TicketStatus::kInProgress);
  ASSERT_TRUE(resumed.ok()) << resumed.error().message;
  // Two window hours under Stop-Clock: due two window hours later, Wednesday 10:00.
  EXPECT_EQ(resumed->expected_resolution, At("2026-03-04T10:00:00+01:00"));
  ASSERT_EQ(resumed->stop_clock.size(), 1u);
  EXPECT_EQ(resumed->stop_clock[0].end, At("2026-03-02T12:00:00+01:00"));
  EXPECT_EQ(Kinds(acme_), (KindList{"ticket.opened", "ticket.stopClockStarted", "ticket.stopClockEnded",
                                    "ticket.dueChanged"}));  // DESK-017, U-23
}

TEST_F(TicketServiceTest, PriorityAndTierChangesRecomputeFromCreationKeepingTheStopClockSLA026) {
  Ticket t = StaffTicket(Priority::kP2);
  clock_.Set(At("2026-03-02T10:00:00+01:00"));
  ASSERT_TRUE(Move(t, TicketStatus::kPending, "thirdParty").ok());
  clock_.Set(At("2026-03-02T11:00:00+01:00"));
  ASSERT_TRUE(Move(t, TicketStatus::kInProgress).ok());
  clock_.Set(At("2026-03-02T15:00:00+01:00"));
  TicketPatch tier;
  tier.sla_tier = "medium";
  auto medium = tickets_->Patch(kAgent, t.number, tier);
  ASSERT_TRUE(medium.ok()) << medium.error().message;
  std::vector<TimeInterval> stops{{At("2026-03-02T10:00:00+01:00"), At("2026-03-02T11:00:00+01:00")}};
  auto expected = DueInstant(MediumTerms(), Priority::kP2, t.created_at, stops);  // SLA-031: P2 3 BD
  EXPECT_EQ(medium->expected_resolution, *expected);
  EXPECT_EQ(medium->stop_clock.size(), 1u);

  TicketPatch raise;
  raise.priority = std::optional<Priority>(Priority::kP1);
  auto p1 = tickets_->Patch(kAgent, t.number, raise);
  ASSERT_TRUE(p1.ok()) << p1.error().message;
  EXPECT_EQ(p1->expected_resolution, *DueInstant(MediumTerms(), Priority::kP1, t.created_at, stops));  // same day
  auto kinds = Kinds(acme_);
  EXPECT_EQ(kinds.back(), "ticket.dueChanged");
  EXPECT_EQ(kinds[kinds.size() - 2], "ticket.priorityChanged");  // DESK-017
}

TEST_F(TicketServiceTest, AnIllegalTransitionIsRefusedWithItsRuleAndChangesNothingDESK016) {
  Ticket t = StaffTicket(Priority::kP3);
  auto closed = Move(t, TicketStatus::kClosed);
  ASSERT_FALSE(closed.ok());
  EXPECT_EQ(closed.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(closed.error().rule, "DESK-016");
  auto pending = Move(t, TicketStatus::kPending, "lunch");
  EXPECT_EQ(pending.error().rule, "SLA-006");
  EXPECT_EQ(tickets_->Get(kAgent, t.number)->status, TicketStatus::kAcknowledged);
  EXPECT_EQ(Kinds(acme_), KindList{"ticket.opened"});
}

TEST_F(TicketServiceTest, ResolutionAndClosureAreToldAndAClosedTicketIsFinalDESK017) {
  Ticket t = StaffTicket(Priority::kP3);
  ASSERT_TRUE(Move(t, TicketStatus::kInProgress).ok());
  clock_.Advance(std::chrono::hours(1));
  auto resolved = Move(t, TicketStatus::kResolved, "CPE replaced");
  ASSERT_TRUE(resolved.ok());
  EXPECT_EQ(resolved->resolution_date, clock_.Now());
  ASSERT_TRUE(Move(t, TicketStatus::kClosed).ok());
  EXPECT_EQ(Kinds(acme_), (KindList{"ticket.opened", "ticket.resolved", "ticket.closed"}));
  TicketPatch late;
  late.description = "edited";
  EXPECT_EQ(tickets_->Patch(kAgent, t.number, late).error().rule, "DESK-016");
}

TEST_F(TicketServiceTest, OnlyTheServiceDeskAssignsPrioritiesDESK027) {
  auto t = tickets_->Create(RepOf(acme_), Draft(std::nullopt));
  ASSERT_TRUE(t.ok());
  EXPECT_FALSE(t->expected_resolution) << "waiting for triage: no priority, no due instant yet";
  TicketPatch p;
  p.priority = std::optional<Priority>(Priority::kP2);
  auto by_rep = tickets_->Patch(RepOf(acme_), t->number, p);
  ASSERT_FALSE(by_rep.ok());
  EXPECT_EQ(by_rep.error().rule, "DESK-027");
  clock_.Advance(std::chrono::hours(3));
  auto triaged = tickets_->Patch(kAgent, t->number, p);
  ASSERT_TRUE(triaged.ok());
  // The clock ran from creation (Monday 09:00), not from triage: end of Tuesday's window.
  EXPECT_EQ(triaged->expected_resolution, At("2026-03-03T22:00:00+01:00"));
  EXPECT_EQ(Kinds(acme_), (KindList{"ticket.opened", "ticket.priorityChanged", "ticket.dueChanged"}));
  TicketPatch portal_p1;
  portal_p1.priority = std::optional<Priority>(Priority::kP1);
  EXPECT_EQ(tickets_->Patch(kAgent, t->number, portal_p1).error().rule, "DESK-047");
}

// Issue 8 §3: billing and provisioning staff read tickets and add notes, but only the service
// desk prioritises (DESK-027), classifies (DESK-025), moves tickets through their lifecycle and
// registers calls, a P1 included (DESK-025, DESK-023). A refusal changes nothing.
TEST_F(TicketServiceTest, OnlyTheServiceDeskPrioritisesMovesAndRegistersTickets_DESK025_DESK027) {
  Ticket t = StaffTicket(Priority::kP3);
  ASSERT_TRUE(Move(t, TicketStatus::kResolved).ok());
  Ticket open = StaffTicket(Priority::kP3);
  const auto before = Kinds(acme_).size();
  for (Role role : {Role::kBilling, Role::kProvisioning}) {
    SCOPED_TRACE(std::string(ToString(role)));
    const Principal staff{UserId(7), role, CustomerId()};
    TicketPatch priority;
    priority.priority = std::optional<Priority>(Priority::kP2);
    auto prioritised = tickets_->Patch(staff, open.number, priority);
    ASSERT_FALSE(prioritised.ok());
    EXPECT_EQ(prioritised.error().code, ErrorCode::kPermissionDenied);
    EXPECT_EQ(prioritised.error().rule, "DESK-027");  // DESK-027
    TicketPatch resolve;
    resolve.status = TicketStatus::kResolved;
    EXPECT_EQ(tickets_->Patch(staff, open.number, resolve).error().code, ErrorCode::kPermissionDenied);
    TicketPatch reopen;
    reopen.status = TicketStatus::kInProgress;
    EXPECT_EQ(tickets_->Patch(staff, t.number, reopen).error().code, ErrorCode::kPermissionDenied);
    TicketPatch classify;
    classify.sla_tier = "standard";
    EXPECT_EQ(tickets_->Patch(staff, open.number, classify).error().rule, "DESK-025");  // DESK-025
    TicketDraft p1 = Draft(Priority::kP1);
    p1.channel = Channel::kPhone;
    p1.customer_id = acme_;
    p1.reporter_id = ann_;
    auto registered = tickets_->Create(staff, p1);
    ASSERT_FALSE(registered.ok());
    EXPECT_EQ(registered.error().code, ErrorCode::kPermissionDenied);  // DESK-025, DESK-023

    EXPECT_TRUE(tickets_->Get(staff, open.number).ok());
    TicketPatch note;
    note.notes.push_back({0, "billing", "invoice credit noted", {}});
    EXPECT_TRUE(tickets_->Patch(staff, open.number, note).ok());
  }
  auto after = tickets_->Get(kAgent, open.number);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->priority, Priority::kP3);
  EXPECT_EQ(after->status, TicketStatus::kAcknowledged);
  EXPECT_EQ(after->sla_tier, "premium");
  EXPECT_EQ(tickets_->Get(kAgent, t.number)->status, TicketStatus::kResolved);
  EXPECT_EQ(tickets_->List(kAgent, {}, {})->total, 2);  // no P1 was registered
  EXPECT_EQ(Kinds(acme_).size(), before);               // and nobody was told of a change

  // The 1st line does all of it.
  TicketPatch priority;
  priority.priority = std::optional<Priority>(Priority::kP2);
  EXPECT_TRUE(tickets_->Patch(kAgent, open.number, priority).ok());
  TicketPatch reopen;
  reopen.status = TicketStatus::kInProgress;
  EXPECT_TRUE(tickets_->Patch(kAgent, t.number, reopen).ok());
}

TEST_F(TicketServiceTest, AcknowledgmentIsMeasuredFromTheCallDESK026U40) {
  TicketDraft d = Draft(Priority::kP2);
  d.customer_id = acme_;
  d.reporter_id = ann_;
  d.received_at = clock_.Now() - std::chrono::minutes(20);
  auto late = tickets_->Create(kAgent, d);
  ASSERT_TRUE(late.ok()) << late.error().message;
  EXPECT_EQ(late->created_at, clock_.Now() - std::chrono::minutes(20));
  EXPECT_EQ(AcknowledgmentOf(*late), Acknowledgment::kLate);
  d.received_at = clock_.Now() - std::chrono::minutes(10);
  EXPECT_EQ(AcknowledgmentOf(*tickets_->Create(kAgent, d)), Acknowledgment::kWithinObjective);
  d.received_at = clock_.Now() + std::chrono::minutes(1);
  EXPECT_EQ(tickets_->Create(kAgent, d).error().field, "creationDate");
}

TEST_F(TicketServiceTest, AnyOtherTicketTypeIsKeptAndOnDemandIsLimitedDESK036DESK042) {
  TicketDraft device = Draft(Priority::kP3);
  device.ticket_type = "device";
  auto t = tickets_->Create(RepOf(acme_), device);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->ticket_type, "device");
  TicketDraft od = Draft(Priority::kP4);
  od.ticket_type = "onDemandSupport";
  od.estimated_business_days = 3;
  EXPECT_EQ(tickets_->Create(RepOf(acme_), od).error().rule, "DESK-042");
  od.estimated_business_days = 2;
  auto accepted = tickets_->Create(RepOf(acme_), od);
  ASSERT_TRUE(accepted.ok());
  TicketPatch assess;
  assess.estimated_business_days = 5;
  EXPECT_EQ(tickets_->Patch(kAgent, accepted->number, assess).error().rule, "DESK-042");
}

TEST_F(TicketServiceTest, TheLineFormulaAndTierComeFromTheCatalogSLA041) {
  TicketDraft unknown = Draft(Priority::kP2, "internet-ultra", "");
  EXPECT_EQ(tickets_->Create(RepOf(acme_), unknown).error().field, "characteristic.slaFormula");
  TicketDraft not_offered = Draft(Priority::kP2, "internet-pro", "premium");
  EXPECT_EQ(tickets_->Create(RepOf(acme_), not_offered).error().field, "characteristic.slaTier");
  auto default_tier = tickets_->Create(RepOf(acme_), Draft(Priority::kP2, "internet-pro-plus", ""));
  ASSERT_TRUE(default_tier.ok());  // SLA-041: Basic by default, P2 3 BD
  EXPECT_EQ(default_tier->expected_resolution, At("2026-03-05T20:00:00+01:00"));
}

TEST_F(TicketServiceTest, AttachmentsRoundTripWithinTheTenant) {
  Ticket t = StaffTicket(Priority::kP3);
  std::string pdf = "%PDF-1.4\n\x01\x02\xff binary";
  auto info = tickets_->Attach(RepOf(acme_), t.number, {"report.pdf", "application/pdf", pdf});
  ASSERT_TRUE(info.ok()) << info.error().message;
  EXPECT_EQ(info->size, static_cast<std::int64_t>(pdf.size()));
  auto file = tickets_->Download(kAgent, t.number, info->id);
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->content, pdf);
  EXPECT_EQ(file->info.mime_type, "application/pdf");
  EXPECT_EQ(tickets_->Download(RepOf(globex_), t.number, info->id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(tickets_->Attach(RepOf(acme_), t.number, {"x.exe", "application/octet-stream", "MZ"}).error().field,
            "Content-Type");
  EXPECT_EQ(tickets_->Get(kAgent, t.number)->attachments.size(), 1u);
}

}  // namespace
}  // namespace bizline::testing
