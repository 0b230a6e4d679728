#include "domain/calendar/business_hours.h"

#include "domain/calendar/belgian_holidays.h"
#include "domain/calendar/brussels_time.h"

namespace bizline {

bool InBusinessHours(Instant instant) {
  LocalSeconds local = ToBrusselsLocal(instant);
  CivilDay day = date::floor<date::days>(local);
  if (!IsBusinessDay(day)) return false;  // weekends and Belgian public holidays
  auto time_of_day = local - day;
  return time_of_day >= std::chrono::hours(kBusinessHoursOpen) && time_of_day < std::chrono::hours(kBusinessHoursClose);
}

}  // namespace bizline
