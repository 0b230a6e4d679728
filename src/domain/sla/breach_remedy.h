// What a missed Service Restoration Time opens to the Client, so a breach notice promises only
// that: the escalation procedure for P1 and P2 Incidents alone (ESC-003), and a Service Credit
// only for a missed P1 on a formula whose table states one (SLA-044; none for FullFiber and FFE,
// SLA-045).
#pragma once

#include "domain/sla/priority.h"
#include "domain/sla/sla_catalog.h"

namespace bizline {

enum class EscalationRight { kNone, kOpen };
enum class CreditRight { kNone, kServiceCredit };

struct BreachRemedies {
  EscalationRight escalation = EscalationRight::kNone;
  CreditRight credit = CreditRight::kNone;
};

BreachRemedies RemediesForMissedTarget(Priority priority, MissedP1Remedy formula_remedy);

}  // namespace bizline
