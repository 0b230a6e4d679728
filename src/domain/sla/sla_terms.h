// The service level of one formula x tier (T-15): its Incident Handling Window, which is the
// Service Window of the line (U-05), and its restoration targets for P1..P4.
#pragma once

#include <array>
#include <memory>
#include <string>

#include "domain/calendar/business_calendar.h"
#include "domain/sla/priority.h"
#include "domain/sla/restoration_target.h"

namespace bizline {

struct SlaTerms {
  std::string window_id;                             // e.g. "premium-window"
  std::shared_ptr<const BusinessCalendar> calendar;  // never null in a valid SlaTerms
  std::array<RestorationTarget, kPriorityCount> targets;

  const RestorationTarget& Target(Priority p) const { return targets[static_cast<std::size_t>(PriorityIndex(p))]; }
};

}  // namespace bizline
