// Who registers which Service Event through which channel: DESK-010, DESK-012, DESK-023,
// DESK-040, DESK-042, DESK-046, DESK-047.
#include <gtest/gtest.h>

#include "domain/ticketing/registration.h"

namespace bizline {
namespace {

const std::vector<Representative> kReps{{RepresentativeId(7), CustomerId(1), "Ann", "ann@acme.example", "", ""}};

Ticket Draft(Channel channel, std::optional<Priority> priority, std::string type = "incident") {
  Ticket t;
  t.customer_id = CustomerId(1);
  t.channel = channel;
  t.priority = priority;
  t.ticket_type = std::move(type);
  return t;
}

struct Case {
  const char* name;
  Registrar registrar;
  Channel channel;
  std::optional<Priority> priority;
  bool reporter;
  const char* rule;  // empty: accepted
};

const Case kCases[] = {
    {"staff P1 by phone", Registrar::kStaff, Channel::kPhone, Priority::kP1, true, ""},
    {"staff P1 by e-mail", Registrar::kStaff, Channel::kEmail, Priority::kP1, true, "DESK-023"},
    {"staff P1 from portal", Registrar::kStaff, Channel::kPortal, Priority::kP1, false, "DESK-023"},
    // DESK-007, U-39: a monitoring system may raise a P1 (operator-raised, no customer caller).
    {"staff P1 from monitoring", Registrar::kStaff, Channel::kMonitoring, Priority::kP1, false, ""},
    {"representative P1 on portal", Registrar::kRepresentative, Channel::kPortal, Priority::kP1, false, "DESK-047"},
    {"representative P2 on portal", Registrar::kRepresentative, Channel::kPortal, Priority::kP2, false, ""},
    {"representative P4 on portal", Registrar::kRepresentative, Channel::kPortal, Priority::kP4, false, ""},
    {"representative untriaged", Registrar::kRepresentative, Channel::kPortal, std::nullopt, false, ""},
    {"representative claims phone", Registrar::kRepresentative, Channel::kPhone, Priority::kP3, false, "DESK-046"},
    {"staff phone without caller", Registrar::kStaff, Channel::kPhone, Priority::kP2, false, "DESK-012"},
    {"staff e-mail without caller", Registrar::kStaff, Channel::kEmail, Priority::kP3, false, "DESK-012"},
    {"staff monitoring alarm", Registrar::kStaff, Channel::kMonitoring, Priority::kP2, false, ""},
};

TEST(TicketRegistration, ChannelPriorityAndCallerTable) {
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.name);
    Ticket t = Draft(c.channel, c.priority);
    if (c.reporter) t.reporter_id = RepresentativeId(7);
    auto s = CheckRegistration(t, c.registrar, kReps);
    if (std::string(c.rule).empty()) {
      EXPECT_TRUE(s.ok()) << s.error().message;
    } else {
      ASSERT_FALSE(s.ok());
      EXPECT_EQ(s.error().rule, c.rule);
    }
  }
}

TEST(TicketRegistration, TheCallerMustBeAnAuthorisedRepresentativeDESK010) {
  Ticket t = Draft(Channel::kPhone, Priority::kP2);
  t.reporter_id = RepresentativeId(8);  // not one of the customer's representatives
  auto s = CheckRegistration(t, Registrar::kStaff, kReps);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule, "DESK-010");
  EXPECT_EQ(s.error().field, "relatedParty");
}

TEST(TicketRegistration, AnOperatorRaisedEventNeedsNoCallerDESK007) {
  Ticket t = Draft(Channel::kPhone, Priority::kP1);
  t.customer_id.reset();
  EXPECT_TRUE(CheckRegistration(t, Registrar::kStaff, {}).ok());
}

TEST(TicketRegistration, OnDemandSupportByPhoneOrPortalDESK040) {
  Ticket t = Draft(Channel::kEmail, Priority::kP4, "onDemandSupport");
  t.reporter_id = RepresentativeId(7);
  auto s = CheckRegistration(t, Registrar::kStaff, kReps);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule, "DESK-040");
  t.channel = Channel::kPhone;
  EXPECT_TRUE(CheckRegistration(t, Registrar::kStaff, kReps).ok());
}

TEST(TicketRegistration, OnDemandSupportAboveTwoBusinessDaysIsRefusedDESK042) {
  Ticket t = Draft(Channel::kPortal, Priority::kP4, "onDemandSupport");
  t.estimated_business_days = 2;
  EXPECT_TRUE(CheckRegistration(t, Registrar::kRepresentative, kReps).ok());
  t.estimated_business_days = 3;
  auto s = CheckRegistration(t, Registrar::kRepresentative, kReps);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule, "DESK-042");
  // The limit is about On-demand Support only.
  t.ticket_type = "changeRequest";
  EXPECT_TRUE(CheckOnDemandEstimate(t).ok());
}

TEST(TicketRegistration, APriorityRaisedToP1LaterNeedsAPhoneTicketDESK047) {
  EXPECT_TRUE(CheckPriorityForChannel(Priority::kP1, Channel::kPhone).ok());
  EXPECT_TRUE(CheckPriorityForChannel(Priority::kP1, Channel::kMonitoring).ok());  // DESK-007, U-39
  auto s = CheckPriorityForChannel(Priority::kP1, Channel::kPortal);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().rule, "DESK-047");
  EXPECT_TRUE(CheckPriorityForChannel(Priority::kP2, Channel::kPortal).ok());
}

}  // namespace
}  // namespace bizline
