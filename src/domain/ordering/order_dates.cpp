#include "domain/ordering/order_dates.h"

#include "domain/calendar/brussels_time.h"

namespace bizline {

CivilDay StandardTargetActivation(CivilDay confirmed) {
  return AddBusinessDays(confirmed, kActivationLeadBusinessDays);
}

CivilDay RushFeasibilityDue(CivilDay received) { return AddBusinessDays(received, kRushAnswerBusinessDays); }

bool InBusinessHours(Instant instant) {
  LocalSeconds local = ToBrusselsLocal(instant);
  CivilDay day = date::floor<date::days>(local);
  if (!IsBusinessDay(day)) return false;
  auto time_of_day = local - day;
  return time_of_day >= std::chrono::hours(8) && time_of_day < std::chrono::hours(18);
}

}  // namespace bizline
