#include "domain/sla/breach_remedy.h"

namespace bizline {

BreachRemedies RemediesForMissedTarget(Priority priority, MissedP1Remedy formula_remedy) {
  BreachRemedies remedies;
  if (priority == Priority::kP1 || priority == Priority::kP2) remedies.escalation = EscalationRight::kOpen;  // ESC-003
  if (priority == Priority::kP1 && formula_remedy == MissedP1Remedy::kServiceCredit) {
    remedies.credit = CreditRight::kServiceCredit;  // SLA-044
  }
  return remedies;
}

}  // namespace bizline
