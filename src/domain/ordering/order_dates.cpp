#include "domain/ordering/order_dates.h"

#include "domain/calendar/brussels_time.h"

namespace bizline {

CivilDay StandardTargetActivation(CivilDay confirmed) {
  return AddBusinessDays(confirmed, kActivationLeadBusinessDays);
}

CivilDay RushFeasibilityDue(CivilDay received) { return AddBusinessDays(received, kRushAnswerBusinessDays); }

}  // namespace bizline
