// What a breach notice may promise: escalation for P1/P2 only (ESC-003), a Service Credit only
// for a missed P1 on a formula whose table states one (SLA-044, SLA-045).
#include <gtest/gtest.h>

#include "domain/sla/breach_remedy.h"

namespace bizline {
namespace {

TEST(BreachRemedy, EscalationOnlyForP1AndP2_ESC_003) {
  for (Priority p : {Priority::kP1, Priority::kP2}) {
    EXPECT_EQ(RemediesForMissedTarget(p, MissedP1Remedy::kEscalationOnly).escalation, EscalationRight::kOpen);
  }
  for (Priority p : {Priority::kP3, Priority::kP4}) {
    EXPECT_EQ(RemediesForMissedTarget(p, MissedP1Remedy::kServiceCredit).escalation, EscalationRight::kNone);
  }
}

TEST(BreachRemedy, ACreditOnlyForAMissedP1WhereTheFormulaStatesOne_SLA_044_SLA_045) {
  EXPECT_EQ(RemediesForMissedTarget(Priority::kP1, MissedP1Remedy::kServiceCredit).credit,
            CreditRight::kServiceCredit);  // SLA-044
  EXPECT_EQ(RemediesForMissedTarget(Priority::kP1, MissedP1Remedy::kEscalationOnly).credit,
            CreditRight::kNone);  // SLA-045
  EXPECT_EQ(RemediesForMissedTarget(Priority::kP2, MissedP1Remedy::kServiceCredit).credit, CreditRight::kNone);
  EXPECT_EQ(RemediesForMissedTarget(Priority::kP3, MissedP1Remedy::kServiceCredit).credit, CreditRight::kNone);
}

}  // namespace
}  // namespace bizline
