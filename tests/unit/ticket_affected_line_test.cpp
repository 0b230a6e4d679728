// A ticket's service level comes from its line (DESK-028, T-15) and a change or information
// request defaults to P4.
#include <gtest/gtest.h>

#include "domain/ticketing/affected_line.h"

namespace bizline {
namespace {

Product Line(std::int64_t id, std::int64_t customer, std::string formula, std::string tier) {
  Product p;
  p.id = ProductId(id);
  p.customer_id = CustomerId(customer);
  p.formula = std::move(formula);
  p.sla_tier = std::move(tier);
  return p;
}

Ticket Incident(std::int64_t customer, std::string line_ref) {
  Ticket t;
  t.customer_id = CustomerId(customer);
  t.ticket_type = "incident";
  t.product_ref = std::move(line_ref);
  return t;
}

TEST(AffectedLine, AnIncidentOfACustomerNamesItsLine_DESK_028) {
  auto s = CheckAffectedLine(Incident(1, ""), std::nullopt);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "relatedEntity");
  EXPECT_EQ(s.error().rule, "DESK-028");
  // A service request, and an operator-raised event without a customer, need none.
  Ticket request = Incident(1, "");
  request.ticket_type = "informationRequest";
  EXPECT_TRUE(CheckAffectedLine(request, std::nullopt).ok());
  Ticket outage = Incident(1, "");
  outage.customer_id.reset();
  EXPECT_TRUE(CheckAffectedLine(outage, std::nullopt).ok());
}

TEST(AffectedLine, TheLineIsAnActiveLineOfTheTicketsCustomer_DESK_028) {
  EXPECT_TRUE(CheckAffectedLine(Incident(1, "7"), Line(7, 1, "internet-pro", "default")).ok());
  auto other = CheckAffectedLine(Incident(1, "7"), Line(7, 2, "internet-pro", "default"));
  auto none = CheckAffectedLine(Incident(1, "7"), std::nullopt);
  ASSERT_FALSE(other.ok());
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(other.error().message, none.error().message);  // another customer's line is not disclosed
  Product terminated = Line(7, 1, "internet-pro", "default");
  terminated.status = ProductStatus::kTerminated;
  EXPECT_FALSE(CheckAffectedLine(Incident(1, "7"), terminated).ok());
}

TEST(AffectedLine, TheFormulaAndTierAreTheLines_T_15_DESK_028) {
  Ticket t = Incident(1, "7");
  const Product premium = Line(7, 1, "fullfiber-extended", "premium");
  ASSERT_TRUE(AssignServiceLevel(t, premium, {}, Registrar::kRepresentative).ok());
  EXPECT_EQ(t.sla_formula, "fullfiber-extended");
  EXPECT_EQ(t.sla_tier, "premium");
  // Staff sending the line's own values (a GET body sent back) is harmless; others are refused.
  EXPECT_TRUE(AssignServiceLevel(t, premium, {"fullfiber-extended", "premium"}, Registrar::kStaff).ok());
  auto basic = AssignServiceLevel(t, premium, {std::nullopt, "basic"}, Registrar::kStaff);
  ASSERT_FALSE(basic.ok());
  EXPECT_EQ(basic.error().field, "characteristic.slaTier");
  EXPECT_EQ(basic.error().rule, "DESK-028");
}

TEST(AffectedLine, ARepresentativeNeverChoosesTheServiceLevel_DESK_028) {
  Ticket t = Incident(1, "7");
  auto formula = AssignServiceLevel(t, Line(7, 1, "internet-pro", "default"), {"internet-pro", std::nullopt},
                                    Registrar::kRepresentative);
  ASSERT_FALSE(formula.ok());
  EXPECT_EQ(formula.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(formula.error().field, "characteristic.slaFormula");
  auto tier = AssignServiceLevel(t, std::nullopt, {std::nullopt, "premium"}, Registrar::kRepresentative);
  ASSERT_FALSE(tier.ok());
  EXPECT_EQ(tier.error().field, "characteristic.slaTier");
}

TEST(AffectedLine, StaffSetsTheServiceLevelOfALineLessTicket_DESK_028) {
  Ticket t = Incident(1, "");
  t.ticket_type = "serviceRequest";
  ASSERT_TRUE(AssignServiceLevel(t, std::nullopt, {"internet-pro-plus", "medium"}, Registrar::kStaff).ok());
  EXPECT_EQ(t.sla_formula, "internet-pro-plus");
  EXPECT_EQ(t.sla_tier, "medium");
}

TEST(AffectedLine, LineRefsAreProductIds) {
  EXPECT_EQ(ParseLineRef("42"), ProductId(42));
  for (const char* bad : {"", "0", "-3", "line-1042", "42 ", "99999999999999999999"}) {
    EXPECT_FALSE(ParseLineRef(bad)) << bad;
  }
}

TEST(DefaultPriority, ChangeAndInformationRequestsGetP4_X_35) {
  for (const char* type : {"changeRequest", "informationRequest"}) {
    Ticket t;
    t.ticket_type = type;
    ApplyDefaultPriority(t);
    EXPECT_EQ(t.priority, Priority::kP4) << type;
  }
  Ticket incident;
  incident.ticket_type = "incident";
  ApplyDefaultPriority(incident);
  EXPECT_FALSE(incident.priority);  // awaits triage (DESK-027)
  Ticket given;
  given.ticket_type = "changeRequest";
  given.priority = Priority::kP3;
  ApplyDefaultPriority(given);
  EXPECT_EQ(given.priority, Priority::kP3);
}

}  // namespace
}  // namespace bizline
