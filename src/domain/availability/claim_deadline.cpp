#include "domain/availability/claim_deadline.h"

namespace bizline {

CivilDay ClaimDeadline(date::year_month found) {
  const date::year_month last_month = found + date::months(3);
  return CivilDay(date::year_month_day_last(last_month.year(), date::month_day_last(last_month.month())));
}

}  // namespace bizline
