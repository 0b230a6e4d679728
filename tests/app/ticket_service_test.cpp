// Ticket use cases over a real SQLite database with a driven clock: registration rules, tenant
// boundary, lifecycle with Stop-Clock, due-instant recomputation and the outbox notifications of
// DESK-017 / U-23 written in the ticket's transaction.
#include "app/ticketing/ticket_service.h"

#include "app/inventory/ports.h"
#include "app/notification/ports.h"
#include "app/ticketing/ticket_changes.h"
#include "app_fixture.h"
#include "domain/sla/due_instant.h"
#include "domain/ticketing/service_level.h"
#include "faulty_storage.h"
#include "unit/sla_test_support.h"

namespace bizline::testing {
namespace {

class TicketServiceTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    clock_.Set(At("2026-03-02T09:00:00+01:00"));  // a Monday
    tickets_ = std::make_unique<TicketService>(*storage_, clock_, sla_);
    acme_ = NewCustomer("Acme NV", "0403.170.701").id;
    globex_ = NewCustomer("Globex BV", "0202.239.951").id;
    ann_ = AddRep(acme_, "ann@acme.example");
    luc_ = AddRep(acme_, "luc@acme.example");
    hank_ = AddRep(globex_, "hank@globex.example");
    line_ = AddLine(acme_, "internet-pro-plus", "premium");
    globex_line_ = AddLine(globex_, "internet-pro-plus", "premium");
  }

  RepresentativeId AddRep(CustomerId customer, const std::string& email) {
    auto rep = customers_->AddRepresentative(
        kAgent, {RepresentativeId(), customer, "Rep " + email, email, "+32 2 555 01 01", "IT manager"});
    EXPECT_TRUE(rep.ok());
    return rep->id;
  }

  // An incident on `line` (DESK-028: its formula and tier are the line's).
  static TicketDraft Draft(std::optional<Priority> priority, ProductId line) {
    TicketDraft d;
    d.description = "No synchronisation since 08:10";
    d.severity = "Major";
    d.ticket_type = "incident";
    d.priority = priority;
    d.product_ref = LineRef(line);
    return d;
  }
  TicketDraft Draft(std::optional<Priority> priority) const { return Draft(priority, line_); }

  // A staff phone registration for Acme's Internet Pro+ Premium line, with Ann on the line.
  Ticket StaffTicket(std::optional<Priority> priority) {
    TicketDraft d = Draft(priority);
    d.customer_id = acme_;
    d.reporter_id = ann_;
    auto t = tickets_->Create(kAgent, d);
    EXPECT_TRUE(t.ok()) << t.error().message;
    return *t;
  }

  std::vector<Notification> Outbox(CustomerId customer) {
    auto tx = storage_->Begin(TxMode::kRead);
    return Notifications(**tx).ListForCustomer(customer, {})->items;
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

  // The line's SLA tier changes (an option) and its open tickets follow it (DESK-028).
  void ChangeLineTier(ProductId id, const std::string& tier) {
    auto tx = storage_->Begin(TxMode::kWrite);
    auto line = Products(**tx).Get(id);
    ASSERT_TRUE(line.ok());
    line->sla_tier = tier;
    ASSERT_TRUE(Products(**tx).UpdateLine(*line).ok());
    ASSERT_TRUE(FollowLineServiceLevel(**tx, sla_.get(), *line, clock_.Now()).ok());
    ASSERT_TRUE((*tx)->Commit().ok());
  }

  std::shared_ptr<const SlaCatalog> sla_ = std::make_shared<const SlaCatalog>(T15Catalog());
  std::unique_ptr<TicketService> tickets_;
  CustomerId acme_, globex_;
  RepresentativeId ann_, luc_, hank_;
  ProductId line_, globex_line_;
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
  EXPECT_EQ(outbox[0].recipients, (std::vector<std::string>{"ann@acme.example", "luc@acme.example"}));
  EXPECT_EQ(outbox[0].reference, "troubleTicket/" + t->number);
  EXPECT_EQ(t->acknowledged_at, t->created_at);  // DESK-026: informed at once
}

TEST_F(TicketServiceTest, ARepresentativeCannotOpenAP1OrForAnotherCustomerDESK047) {
  auto p1 = tickets_->Create(RepOf(acme_), Draft(Priority::kP1));
  ASSERT_FALSE(p1.ok());
  EXPECT_EQ(p1.error().rule, "DESK-047");
  // DESK-011: the refusal says where to phone, in every language the desk answers.
  for (const char* number : {"0800 22 200", "0800 33 200", "0800 44 200", "0800 55 200"}) {
    EXPECT_NE(p1.error().message.find(number), std::string::npos) << p1.error().message;
  }
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
  ASSERT_TRUE(tickets_->Create(RepOf(globex_), Draft(Priority::kP4, globex_line_)).ok());
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
  ChangeLineTier(line_, "medium");  // DESK-028: the ticket follows its line's new tier
  auto medium = tickets_->Get(kAgent, t.number);
  ASSERT_TRUE(medium.ok()) << medium.error().message;
  EXPECT_EQ(medium->sla_tier, "medium");
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
    classify.service_level.tier = "standard";
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

TEST_F(TicketServiceTest, TheLinesFormulaAndTierSetTheDueInstant_DESK_028_SLA_041) {
  auto default_tier = tickets_->Create(RepOf(acme_), Draft(Priority::kP2, AddLine(acme_, "internet-pro-plus", "")));
  ASSERT_TRUE(default_tier.ok()) << default_tier.error().message;  // SLA-041: Basic by default, P2 3 BD
  EXPECT_EQ(default_tier->sla_formula, "internet-pro-plus");
  EXPECT_EQ(default_tier->expected_resolution, At("2026-03-05T20:00:00+01:00"));
  // The reported defect: FullFiber Extended with Premium got no due date unless slaFormula was sent.
  auto premium = tickets_->Create(RepOf(acme_), Draft(Priority::kP2, AddLine(acme_, "fullfiber-extended", "premium")));
  ASSERT_TRUE(premium.ok()) << premium.error().message;
  EXPECT_EQ(premium->sla_tier, "premium");
  EXPECT_EQ(premium->expected_resolution, At("2026-03-03T22:00:00+01:00"));  // SLA-030: P2 premium next BD
}

TEST_F(TicketServiceTest, StaffSetsTheServiceLevelOfALineLessRequestFromTheCatalog_DESK_028_SLA_041) {
  TicketDraft request;
  request.description = "Question about the backup router";
  request.severity = "Minor";
  request.ticket_type = "serviceRequest";
  request.priority = Priority::kP3;
  request.channel = Channel::kPortal;
  request.customer_id = acme_;
  request.service_level = {"internet-ultra", std::nullopt};
  EXPECT_EQ(tickets_->Create(kAgent, request).error().field, "characteristic.slaFormula");
  request.service_level = {"internet-pro", "premium"};
  EXPECT_EQ(tickets_->Create(kAgent, request).error().field, "characteristic.slaTier");
  request.service_level = {"internet-pro-plus", "medium"};
  auto t = tickets_->Create(kAgent, request);
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_EQ(t->sla_tier, "medium");
  EXPECT_TRUE(t->expected_resolution);
}

TEST_F(TicketServiceTest, ARepresentativeOpensIncidentsOnlyOnItsOwnActiveLines_DESK_028) {
  TicketDraft none = Draft(Priority::kP3);
  none.product_ref.clear();
  auto missing = tickets_->Create(RepOf(acme_), none);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().field, "relatedEntity");
  EXPECT_EQ(missing.error().rule, "DESK-028");
  auto foreign = tickets_->Create(RepOf(acme_), Draft(Priority::kP3, globex_line_));
  ASSERT_FALSE(foreign.ok());  // the reported defect: Globex's line from Acme's token answered 201
  EXPECT_EQ(foreign.error().field, "relatedEntity");
  auto unknown = tickets_->Create(RepOf(acme_), Draft(Priority::kP3, ProductId(9999)));
  ASSERT_FALSE(unknown.ok());
  // Another customer's line is not disclosed: the same answer as a line that does not exist.
  EXPECT_EQ(unknown.error().message, "no active line '9999' of this ticket's customer");
  EXPECT_EQ(foreign.error().message, "no active line '" + LineRef(globex_line_) + "' of this ticket's customer");
  EXPECT_EQ(tickets_->List(kAgent, {}, {})->total, 0);
  EXPECT_TRUE(Outbox(acme_).empty());
}

TEST_F(TicketServiceTest, ARepresentativeNeverChoosesTheFormulaOrTier_DESK_028) {
  TicketDraft chosen = Draft(Priority::kP3);
  chosen.service_level = {"internet-pro-plus", std::nullopt};
  auto created = tickets_->Create(RepOf(acme_), chosen);
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(created.error().field, "characteristic.slaFormula");
  auto t = tickets_->Create(RepOf(acme_), Draft(Priority::kP3));
  ASSERT_TRUE(t.ok());
  TicketPatch tier;
  tier.service_level.tier = "basic";
  auto patched = tickets_->Patch(RepOf(acme_), t->number, tier);
  ASSERT_FALSE(patched.ok());
  EXPECT_EQ(patched.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(patched.error().field, "characteristic.slaTier");
  // Staff cannot set a tier other than the line's either: the line's option decides.
  EXPECT_EQ(tickets_->Patch(kAgent, t->number, tier).error().rule, "DESK-028");
  EXPECT_EQ(tickets_->Get(kAgent, t->number)->sla_tier, "premium");
}

TEST_F(TicketServiceTest, MovingATicketToAnotherLineTakesThatLinesServiceLevel_DESK_028) {
  Ticket t = StaffTicket(Priority::kP2);
  TicketPatch move;
  move.product_ref = LineRef(AddLine(acme_, "internet-pro-plus", "basic"));
  auto moved = tickets_->Patch(kAgent, t.number, move);
  ASSERT_TRUE(moved.ok()) << moved.error().message;
  EXPECT_EQ(moved->sla_tier, "basic");
  EXPECT_EQ(moved->expected_resolution, At("2026-03-05T20:00:00+01:00"));  // SLA-032: P2 basic 3 BD
  move.product_ref = LineRef(globex_line_);
  EXPECT_EQ(tickets_->Patch(kAgent, t.number, move).error().field, "relatedEntity");
}

TEST_F(TicketServiceTest, ChangeAndInformationRequestsDefaultToP4_X_35) {
  for (const char* type : {"changeRequest", "informationRequest"}) {
    TicketDraft d = Draft(std::nullopt);
    d.ticket_type = type;
    auto t = tickets_->Create(RepOf(acme_), d);
    ASSERT_TRUE(t.ok()) << t.error().message;
    EXPECT_EQ(t->priority, Priority::kP4) << type;
  }
}

TEST_F(TicketServiceTest, MonitoringMayRaiseAP1_DESK_007_U_39) {
  TicketDraft alarm = Draft(Priority::kP1);
  alarm.channel = Channel::kMonitoring;
  alarm.customer_id = acme_;
  auto t = tickets_->Create(kAgent, alarm);
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_EQ(t->priority, Priority::kP1);
  EXPECT_EQ(t->expected_resolution, At("2026-03-02T14:00:00+01:00"));  // SLA-030: P1 premium 5 h
  alarm.channel = Channel::kPortal;
  EXPECT_EQ(tickets_->Create(RepOf(acme_), alarm).error().rule, "DESK-047");  // never a representative
}

TEST_F(TicketServiceTest, ReopeningAResolvedTicketTellsTheCustomer_DESK_017) {
  Ticket t = StaffTicket(Priority::kP3);
  ASSERT_TRUE(Move(t, TicketStatus::kResolved, "CPE replaced").ok());
  auto reopened = Move(t, TicketStatus::kInProgress, "still down");
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
  EXPECT_EQ(Kinds(acme_), (KindList{"ticket.opened", "ticket.resolved", "ticket.reopened"}));
}

TEST_F(TicketServiceTest, ANoteRecordsItsAuthorWhateverTheBodySays) {
  auto agent = auth_->AddUserAsSystem({"sam@bizline.example", "Sam Agent", "secret", Role::kAgentL1, CustomerId()});
  ASSERT_TRUE(agent.ok());
  const Principal sam{*agent, Role::kAgentL1, CustomerId()};
  Ticket t = StaffTicket(Priority::kP3);
  TicketPatch note;
  note.notes.push_back({0, "The Customer", "Line tested from the exchange: OK", {}});
  auto patched = tickets_->Patch(sam, t.number, note);
  ASSERT_TRUE(patched.ok()) << patched.error().message;
  ASSERT_EQ(patched->notes.size(), 1u);
  EXPECT_EQ(patched->notes[0].author, "Sam Agent <sam@bizline.example>");
  EXPECT_EQ(tickets_->Get(kAgent, t.number)->notes[0].author, "Sam Agent <sam@bizline.example>");
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

namespace bizline::testing {
namespace {

// No request answers an error after committing: a failure planted after the write (the outbox
// refusing the notice, or the commit failing) rolls the whole change back.
class TicketRollbackTest : public TicketServiceTest {
 protected:
  void SetUp() override {
    TicketServiceTest::SetUp();
    faulty_ = std::make_unique<FaultyStorage>(*storage_);
    faulty_tickets_ = std::make_unique<TicketService>(*faulty_, clock_, sla_);
  }
  std::unique_ptr<FaultyStorage> faulty_;
  std::unique_ptr<TicketService> faulty_tickets_;
};

TEST_F(TicketRollbackTest, AFailedCreateStoresNoTicket) {
  for (auto failure : {PlantedFailure::kEnqueue, PlantedFailure::kCommit}) {
    faulty_->Plant(failure);
    auto created = faulty_tickets_->Create(RepOf(acme_), Draft(Priority::kP3));
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::kUnavailable);
  }
  EXPECT_EQ(tickets_->List(kAgent, {}, {})->total, 0);
  EXPECT_TRUE(Outbox(acme_).empty());
}

TEST_F(TicketRollbackTest, AFailedPatchChangesNothing_DESK_017) {
  Ticket t = StaffTicket(Priority::kP3);
  for (auto failure : {PlantedFailure::kEnqueue, PlantedFailure::kCommit}) {
    faulty_->Plant(failure);
    TicketPatch resolve;
    resolve.status = TicketStatus::kResolved;
    resolve.notes.push_back({0, "", "fixed", {}});
    ASSERT_FALSE(faulty_tickets_->Patch(kAgent, t.number, resolve).ok());
  }
  auto after = tickets_->Get(kAgent, t.number);
  EXPECT_EQ(after->status, TicketStatus::kAcknowledged);
  EXPECT_TRUE(after->notes.empty());
  EXPECT_EQ(after->history.size(), 1u);
  EXPECT_EQ(Kinds(acme_), KindList{"ticket.opened"});
}

TEST_F(TicketRollbackTest, AFailedAttachmentStoresNoFile) {
  Ticket t = StaffTicket(Priority::kP3);
  faulty_->Plant(PlantedFailure::kCommit);
  ASSERT_FALSE(faulty_tickets_->Attach(RepOf(acme_), t.number, {"log.txt", "text/plain", "link down"}).ok());
  EXPECT_TRUE(tickets_->Get(kAgent, t.number)->attachments.empty());
}

}  // namespace
}  // namespace bizline::testing
