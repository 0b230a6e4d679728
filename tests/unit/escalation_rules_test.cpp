// Escalation rules (ESC, T-17, U-01, U-29) as a table of cases over the pure domain function.
#include <date/date.h>
#include <gtest/gtest.h>

#include "domain/calendar/business_hours.h"
#include "domain/ticketing/escalation.h"

namespace bizline {
namespace {

using namespace std::chrono_literals;

Instant Utc(date::year_month_day day, std::chrono::seconds time) { return date::sys_days(day) + time; }

// Tuesday 24 Nov 2026, CET (UTC+1).
const Instant kTuesday10h = Utc(date::year{2026} / 11 / 24, 9h);
const Instant kTuesday20h = Utc(date::year{2026} / 11 / 24, 19h);
const Instant kSaturday10h = Utc(date::year{2026} / 11 / 28, 9h);
const Instant kArmistice10h = Utc(date::year{2026} / 11 / 11, 9h);  // Belgian public holiday

Ticket Incident(Priority priority, TicketStatus status = TicketStatus::kInProgress) {
  Ticket t;
  t.ticket_type = "incident";
  t.priority = priority;
  t.status = status;
  return t;
}

const ContactDetails kContact{"Ann Peeters", "ann@acme.example", "+32 475 55 01 01"};

EscalationRequest Step(int from, int to, Escalator who = Escalator::kServiceDesk, Channel channel = Channel::kPhone,
                       ContactDetails contact = kContact) {
  return EscalationRequest{from, to, who, channel, std::move(contact)};
}

struct Case {
  const char* name;
  Ticket ticket;
  int current;
  EscalationRequest request;
  Instant now;
  const char* rule;  // empty: allowed
};

class EscalationTable : public ::testing::TestWithParam<Case> {};

TEST_P(EscalationTable, DecidesAsTheContractSays) {
  const Case& c = GetParam();
  auto status = CheckEscalation(c.ticket, c.current, c.request, c.now);
  if (std::string(c.rule).empty()) {
    EXPECT_TRUE(status.ok()) << status.error().message << " [" << status.error().rule << "]";
  } else {
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().rule, c.rule) << status.error().message;
  }
}

const Case kCases[] = {
    // ESC-003: P1 and P2 only.
    {"P1_escalates_ESC_003", Incident(Priority::kP1), 0, Step(0, 2), kTuesday10h, ""},
    {"P2_escalates_ESC_003", Incident(Priority::kP2), 0, Step(0, 2), kTuesday10h, ""},
    {"P3_refused_ESC_003", Incident(Priority::kP3), 0, Step(0, 2), kTuesday10h, "ESC-003"},
    {"P4_refused_ESC_003", Incident(Priority::kP4), 0, Step(0, 2), kTuesday10h, "ESC-003"},
    // ESC-002: technical incidents only.
    {"change_request_refused_ESC_002",
     [] {
       Ticket t = Incident(Priority::kP2);
       t.ticket_type = "changeRequest";
       return t;
     }(),
     0, Step(0, 2), kTuesday10h, "ESC-002"},
    // ESC-007: not for previous incidents.
    {"resolved_refused_ESC_007", Incident(Priority::kP1, TicketStatus::kResolved), 0, Step(0, 2), kTuesday10h,
     "ESC-007"},
    {"closed_refused_ESC_007", Incident(Priority::kP1, TicketStatus::kClosed), 0, Step(0, 2), kTuesday10h, "ESC-007"},
    {"pending_escalates", Incident(Priority::kP1, TicketStatus::kPending), 0, Step(0, 2), kTuesday10h, ""},
    // ESC-009: requested at the current level, only upwards.
    {"stale_from_level_ESC_009", Incident(Priority::kP1), 2, Step(1, 3, Escalator::kEscalationManager), kTuesday10h,
     "ESC-009"},
    {"same_level_ESC_009", Incident(Priority::kP1), 2, Step(2, 2), kTuesday10h, "ESC-009"},
    {"level_out_of_range_ESC_014", Incident(Priority::kP1), 0, Step(0, 6), kTuesday10h, "ESC-014"},
    // ESC-016 / U-01: level 1 only during Business Hours, and only from level 0.
    {"level1_business_hours_ESC_016", Incident(Priority::kP1), 0, Step(0, 1), kTuesday10h, ""},
    {"level1_evening_ESC_016", Incident(Priority::kP1), 0, Step(0, 1), kTuesday20h, "ESC-016"},
    {"level1_saturday_ESC_016", Incident(Priority::kP1), 0, Step(0, 1), kSaturday10h, "ESC-016"},
    {"level1_public_holiday_ESC_016", Incident(Priority::kP1), 0, Step(0, 1), kArmistice10h, "ESC-016"},
    // ESC-017 / ESC-018 / X-28: level 2 around the clock, from level 0 or 1.
    {"level2_evening_ESC_017", Incident(Priority::kP1), 0, Step(0, 2), kTuesday20h, ""},
    {"level2_saturday_ESC_017", Incident(Priority::kP2), 0, Step(0, 2), kSaturday10h, ""},
    {"level2_from_1_ESC_017", Incident(Priority::kP2), 1, Step(1, 2, Escalator::kRepresentative, Channel::kPortal),
     kTuesday10h, ""},
    // ESC-008 / ESC-006: the first step is a phone call recorded by the service desk.
    {"first_step_by_portal_ESC_008", Incident(Priority::kP1), 0,
     Step(0, 2, Escalator::kRepresentative, Channel::kPortal), kTuesday10h, "ESC-008"},
    {"first_step_by_email_ESC_008", Incident(Priority::kP1), 0, Step(0, 2, Escalator::kServiceDesk, Channel::kEmail),
     kTuesday10h, "ESC-008"},
    // ESC-019 / ESC-020: levels 3 and 4 only from the previous level.
    {"level3_from_2_ESC_019", Incident(Priority::kP1), 2, Step(2, 3, Escalator::kEscalationManager), kTuesday20h, ""},
    {"level3_from_1_ESC_019", Incident(Priority::kP1), 1, Step(1, 3, Escalator::kEscalationManager), kTuesday10h,
     "ESC-019"},
    {"level4_from_2_ESC_020", Incident(Priority::kP1), 2, Step(2, 4, Escalator::kEscalationManager), kTuesday10h,
     "ESC-020"},
    {"level4_at_night_ESC_020", Incident(Priority::kP1), 3, Step(3, 4, Escalator::kEscalationManager), kTuesday20h, ""},
    // ESC-021: level 5 only from 4, only in Business Hours.
    {"level5_from_4_ESC_021", Incident(Priority::kP1), 4, Step(4, 5, Escalator::kEscalationManager), kTuesday10h, ""},
    {"level5_from_3_ESC_021", Incident(Priority::kP1), 3, Step(3, 5, Escalator::kEscalationManager), kTuesday10h,
     "ESC-021"},
    {"level5_direct_ESC_021", Incident(Priority::kP1), 0, Step(0, 5, Escalator::kEscalationManager), kTuesday10h,
     "ESC-021"},
    {"level5_evening_ESC_021", Incident(Priority::kP1), 4, Step(4, 5, Escalator::kEscalationManager), kTuesday20h,
     "ESC-021"},
    // ESC-012 / X-27: levels above 2 are the escalation managers'; the client side may ask (ESC-011).
    {"agent_to_level3_ESC_012", Incident(Priority::kP1), 2, Step(2, 3, Escalator::kServiceDesk), kTuesday10h,
     "ESC-012"},
    {"representative_to_level3_ESC_011", Incident(Priority::kP1), 2,
     Step(2, 3, Escalator::kRepresentative, Channel::kPortal), kTuesday10h, ""},
    // ESC-001: escalation is incident management, not provisioning or billing.
    {"billing_staff_ESC_001", Incident(Priority::kP1), 0, Step(0, 2, Escalator::kNotServiceDesk), kTuesday10h,
     "ESC-001"},
    // ESC-005 / ESC-022: the requester's direct contact is exchanged.
    {"no_contact_ESC_022", Incident(Priority::kP1), 0, Step(0, 2, Escalator::kServiceDesk, Channel::kPhone, {}),
     kTuesday10h, "ESC-022"},
    {"bad_email_ESC_022", Incident(Priority::kP1), 0,
     Step(0, 2, Escalator::kServiceDesk, Channel::kPhone, {"Ann", "ann-at-acme", ""}), kTuesday10h, "ESC-022"},
    {"bad_phone_ESC_022", Incident(Priority::kP1), 0,
     Step(0, 2, Escalator::kServiceDesk, Channel::kPhone, {"Ann", "", "call me"}), kTuesday10h, "ESC-022"},
    {"phone_only_ESC_022", Incident(Priority::kP1), 0,
     Step(0, 2, Escalator::kServiceDesk, Channel::kPhone, {"Ann", "", "+32 475 55 01 01"}), kTuesday10h, ""},
    // ESC-013: the automatic general-outage step needs no call and no contact, but ESC-003 holds.
    {"outage_to_level2_ESC_013", Incident(Priority::kP1), 0,
     Step(0, 2, Escalator::kGeneralOutageWatch, Channel::kMonitoring, {}), kTuesday20h, ""},
    {"outage_P3_ESC_003", Incident(Priority::kP3), 0,
     Step(0, 2, Escalator::kGeneralOutageWatch, Channel::kMonitoring, {}), kTuesday20h, "ESC-003"},
};

INSTANTIATE_TEST_SUITE_P(Esc, EscalationTable, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(EscalationRules, UntriagedTicketHasNoPriorityAndDoesNotEscalate_ESC_003) {
  Ticket t = Incident(Priority::kP1);
  t.priority.reset();
  EXPECT_EQ(CheckEscalation(t, 0, Step(0, 2), kTuesday10h).error().rule, "ESC-003");
}

TEST(EscalationMatrix, LevelsContactsAndHoursAreThoseOfT17_ESC_014_to_ESC_021) {
  EXPECT_EQ(EscalationLevel(0).operator_contact, "ICT Service Desk");                       // ESC-015
  EXPECT_EQ(EscalationLevel(1).hours, LevelHours::kBusinessHoursOnly);                      // ESC-016
  EXPECT_EQ(EscalationLevel(2).operator_contact, "Customer Escalation Managers (CEM)");     // ESC-017
  EXPECT_EQ(EscalationLevel(3).operator_contact, "ICT Service Desk Manager");               // ESC-019
  EXPECT_EQ(EscalationLevel(4).operator_contact, "Head of the Customer ICT Service Desk");  // ESC-020
  EXPECT_EQ(EscalationLevel(5).operator_contact, "Director Enterprise Operations");         // ESC-021
  EXPECT_EQ(EscalationLevel(5).hours, LevelHours::kBusinessHoursOnly);                      // ESC-021
  for (int level = 0; level <= 5; ++level) {
    EXPECT_EQ(EscalationLevel(level).reached_on_desk_number, level <= 2) << level;  // ESC-014
  }
}

TEST(EscalationMatrix, ServiceDeskNumberPerLanguage_ESC_014) {
  EXPECT_EQ(ServiceDeskNumber("nl"), "0800 22 200");
  EXPECT_EQ(ServiceDeskNumber("fr"), "0800 33 200");
  EXPECT_EQ(ServiceDeskNumber("de"), "0800 44 200");
  EXPECT_EQ(ServiceDeskNumber("en"), "0800 55 200");
  EXPECT_FALSE(ServiceDeskNumber("es"));
}

TEST(EscalationMatrix, CurrentLevelIsTheHighestStep) {
  EXPECT_EQ(CurrentLevel({}), 0);
  std::vector<EscalationStep> steps(2);
  steps[0].to_level = 2;
  steps[1].to_level = 3;
  EXPECT_EQ(CurrentLevel(steps), 3);
}

TEST(GeneralOutage, TwoOrMoreCustomers_U_29_ESC_013) {
  EXPECT_FALSE(IsGeneralOutage(0));
  EXPECT_FALSE(IsGeneralOutage(1));
  EXPECT_TRUE(IsGeneralOutage(2));
  EXPECT_TRUE(IsGeneralOutage(7));
}

TEST(BusinessHours, MondayToFriday8To18BrusselsWithoutPublicHolidays_U_01) {
  const auto summer = date::year{2026} / 7 / 7;            // Tuesday, CEST (UTC+2)
  EXPECT_FALSE(InBusinessHours(Utc(summer, 5h + 59min)));  // 07:59
  EXPECT_TRUE(InBusinessHours(Utc(summer, 6h)));           // 08:00
  EXPECT_TRUE(InBusinessHours(Utc(summer, 15h + 59min)));  // 17:59
  EXPECT_FALSE(InBusinessHours(Utc(summer, 16h)));         // 18:00
  EXPECT_TRUE(InBusinessHours(kTuesday10h));
  EXPECT_FALSE(InBusinessHours(kTuesday20h));
  EXPECT_FALSE(InBusinessHours(kSaturday10h));
  EXPECT_FALSE(InBusinessHours(kArmistice10h));  // U-09
}

}  // namespace
}  // namespace bizline
