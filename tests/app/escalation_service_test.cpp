// The escalation use cases over a real SQLite database: who may ask, the contact exchange, the
// recorded history, the tenant boundary and the general-outage step.
#include "app/escalation_fixture.h"

namespace bizline::testing {
namespace {

class EscalationServiceTest : public TicketAppTest {};

TEST_F(EscalationServiceTest, TheDeskRecordsACallToLevel2WithBothSidesContacts_ESC_005_ESC_008_ESC_017) {
  Ticket t = NewIncident(acme_, Priority::kP1);
  auto view = escalations_->Escalate(kAgent, t.number, Call(0, 2, acme_));
  ASSERT_TRUE(view.ok()) << view.error().message << " " << view.error().rule;
  EXPECT_EQ(view->level, 2);
  ASSERT_EQ(view->steps.size(), 1u);
  const auto& step = view->steps[0];
  EXPECT_EQ(step.requester.name, "ann");                                   // DESK-012: the calling representative
  EXPECT_EQ(step.requester.email, "ann.direct@acme.example");              // ESC-005/ESC-022
  EXPECT_EQ(step.operator_contact, "Customer Escalation Managers (CEM)");  // ESC-017
  EXPECT_EQ(step.operator_phone, "0800 22 200");                           // ESC-014, Dutch
  EXPECT_EQ(step.channel, Channel::kPhone);                                // ESC-008
  // DESK-017: the customer's representatives hear about it.
  auto notes = NotificationsOf(acme_, "ticket.escalated");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].recipients, (std::vector<std::string>{"ann@acme.example", "luc@acme.example"}));
  EXPECT_NE(notes[0].body.find("0800 22 200"), std::string::npos);
}

TEST_F(EscalationServiceTest, ARepresentativeCannotStartButMayAskForTheNextLevel_ESC_008_ESC_011) {
  Ticket t = NewIncident(acme_, Priority::kP2);
  Principal rep = RepOf(acme_.id);
  EscalationInput ask;
  ask.from_level = 0;
  ask.level = 2;
  ask.requester_contact = {"", "ann@acme.example", ""};
  auto refused = escalations_->Escalate(rep, t.number, ask);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule, "ESC-008");  // a phone call starts it

  ASSERT_TRUE(escalations_->Escalate(kAgent, t.number, Call(0, 2, acme_)).ok());
  ask.from_level = 2;
  ask.level = 3;
  auto next = escalations_->Escalate(rep, t.number, ask);
  ASSERT_TRUE(next.ok()) << next.error().message;
  EXPECT_EQ(next->level, 3);
  EXPECT_EQ(next->steps.back().channel, Channel::kPortal);
  EXPECT_EQ(next->steps.back().operator_contact, "ICT Service Desk Manager");  // ESC-019
  EXPECT_TRUE(next->steps.back().operator_phone.empty());
}

TEST_F(EscalationServiceTest, LevelsAbove2AreForEscalationManagers_ESC_012) {
  Ticket t = NewIncident(acme_, Priority::kP1);
  ASSERT_TRUE(escalations_->Escalate(kAgent, t.number, Call(0, 2, acme_)).ok());
  auto agent = escalations_->Escalate(kAgent, t.number, Call(2, 3, acme_));
  ASSERT_FALSE(agent.ok());
  EXPECT_EQ(agent.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(agent.error().rule, "ESC-012");
  auto manager = escalations_->Escalate(kManager, t.number, Call(2, 3, acme_));
  ASSERT_TRUE(manager.ok()) << manager.error().message;
  EXPECT_EQ(manager->level, 3);
}

TEST_F(EscalationServiceTest, OneLevelAtATimeUpTo5InBusinessHours_ESC_009_ESC_020_ESC_021) {
  Ticket t = NewIncident(acme_, Priority::kP1);
  ASSERT_TRUE(escalations_->Escalate(kAgent, t.number, Call(0, 1, acme_)).ok());  // ESC-016, 10:00 on a Tuesday
  ASSERT_TRUE(escalations_->Escalate(kAgent, t.number, Call(1, 2, acme_)).ok());
  EXPECT_EQ(escalations_->Escalate(kManager, t.number, Call(2, 4, acme_)).error().rule, "ESC-020");
  ASSERT_TRUE(escalations_->Escalate(kManager, t.number, Call(2, 3, acme_)).ok());
  EXPECT_EQ(escalations_->Escalate(kManager, t.number, Call(2, 4, acme_)).error().rule, "ESC-009");  // stale level
  ASSERT_TRUE(escalations_->Escalate(kManager, t.number, Call(3, 4, acme_)).ok());
  clock_.Advance(std::chrono::hours(9));  // 19:00: level 5 waits for Business Hours
  EXPECT_EQ(escalations_->Escalate(kManager, t.number, Call(4, 5, acme_)).error().rule, "ESC-021");
  clock_.Advance(std::chrono::hours(14));  // Wednesday 09:00
  auto top = escalations_->Escalate(kManager, t.number, Call(4, 5, acme_));
  ASSERT_TRUE(top.ok()) << top.error().message;
  EXPECT_EQ(top->level, 5);
  EXPECT_EQ(top->steps.size(), 5u);
  EXPECT_EQ(escalations_->Get(RepOf(acme_.id), t.number)->level, 5);
}

TEST_F(EscalationServiceTest, RefusalsNameTheirRule_ESC_001_ESC_003_ESC_022_DESK_012) {
  Ticket p3 = NewIncident(acme_, Priority::kP3);
  EXPECT_EQ(escalations_->Escalate(kAgent, p3.number, Call(0, 2, acme_)).error().rule, "ESC-003");
  Ticket t = NewIncident(acme_, Priority::kP1);
  EXPECT_EQ(escalations_->Escalate(kBilling, t.number, Call(0, 2, acme_)).error().rule, "ESC-001");
  auto no_contact = Call(0, 2, acme_);
  no_contact.requester_contact = {};
  auto refused = escalations_->Escalate(kAgent, t.number, no_contact);
  EXPECT_EQ(refused.error().rule, "ESC-022");
  EXPECT_EQ(refused.error().field, "requesterContact");
  auto stranger = Call(0, 2, acme_);
  stranger.requester_id = globex_.reps[0].id;  // not Acme's representative
  EXPECT_EQ(escalations_->Escalate(kAgent, t.number, stranger).error().rule, "DESK-012");
  auto language = Call(0, 2, acme_);
  language.language = "es";
  EXPECT_EQ(escalations_->Escalate(kAgent, t.number, language).error().field, "language");
  // Nothing was recorded by the refusals.
  EXPECT_EQ(escalations_->Get(kAgent, t.number)->level, 0);
  EXPECT_TRUE(NotificationsOf(acme_, "ticket.escalated").empty());
}

TEST_F(EscalationServiceTest, AnotherCustomersTicketIsNotFound) {
  Ticket t = NewIncident(globex_, Priority::kP1);
  EXPECT_EQ(escalations_->Get(RepOf(acme_.id), t.number).error().code, ErrorCode::kNotFound);
  EscalationInput ask;
  ask.from_level = 0;
  ask.level = 2;
  ask.requester_contact = {"", "ann@acme.example", ""};
  EXPECT_EQ(escalations_->Escalate(RepOf(acme_.id), t.number, ask).error().code, ErrorCode::kNotFound);
}

TEST_F(EscalationServiceTest, AGeneralOutageGoesToLevel2ByItselfOnceTwoCustomersAreLinked_ESC_013_U_29) {
  TicketDraft outage;
  outage.description = "Fibre cut in Mechelen";
  outage.severity = "critical";
  outage.ticket_type = "incident";
  outage.priority = Priority::kP1;
  outage.channel = Channel::kPhone;  // DESK-023: a P1 is registered on the phone
  auto parent = tickets_->Create(kAgent, outage);
  ASSERT_TRUE(parent.ok()) << parent.error().message << " " << parent.error().rule;
  Ticket a1 = NewIncident(acme_, Priority::kP1);
  Ticket a2 = NewIncident(acme_, Priority::kP1);
  Ticket g1 = NewIncident(globex_, Priority::kP2);

  EXPECT_EQ(escalations_->LinkToOutage(RepOf(acme_.id), a1.number, parent->number).error().code,
            ErrorCode::kPermissionDenied);
  auto one = escalations_->LinkToOutage(kAgent, a1.number, parent->number);
  ASSERT_TRUE(one.ok()) << one.error().message;
  auto same_customer = escalations_->LinkToOutage(kAgent, a2.number, parent->number);
  ASSERT_TRUE(same_customer.ok());
  EXPECT_EQ(same_customer->linked_customers, 1);
  EXPECT_EQ(same_customer->level, 0);  // one customer is not a general outage

  clock_.Advance(std::chrono::hours(12));  // 22:00: level 2 is around the clock (ESC-017)
  auto two = escalations_->LinkToOutage(kAgent, g1.number, parent->number);
  ASSERT_TRUE(two.ok()) << two.error().message;
  EXPECT_EQ(two->linked_customers, 2);
  EXPECT_EQ(two->level, 2);
  ASSERT_EQ(two->steps.size(), 1u);
  EXPECT_EQ(two->steps[0].trigger, EscalationTrigger::kGeneralOutage);
  EXPECT_FALSE(two->steps[0].requested_by);
  // Linking more tickets does not escalate again.
  Ticket g2 = NewIncident(globex_, Priority::kP1);
  EXPECT_EQ(escalations_->LinkToOutage(kAgent, g2.number, parent->number)->steps.size(), 1u);
  EXPECT_EQ(escalations_->LinkToOutage(kAgent, parent->number, parent->number).error().rule, "U-29");
}

}  // namespace
}  // namespace bizline::testing
