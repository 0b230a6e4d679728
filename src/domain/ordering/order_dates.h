// The dates of the implementation phase, on the Belgian business calendar (U-02, U-09): the
// 20-business-day activation lead time (ORD-022, ORD-024), the 2-business-day Rush
// Provisioning feasibility answer (ORD-042), and Business Hours for implementation
// activities (ORD-006, U-01). Days are Brussels civil days (U-38).
#pragma once

#include "domain/calendar/belgian_holidays.h"
#include "domain/calendar/business_hours.h"  // U-01, used with these dates
#include "domain/core/instant.h"

namespace bizline {

inline constexpr int kActivationLeadBusinessDays = 20;  // ORD-022
inline constexpr int kRushAnswerBusinessDays = 2;       // ORD-042

// ORD-022: the target activation date of an order confirmed on `confirmed`.
CivilDay StandardTargetActivation(CivilDay confirmed);
// ORD-042: the day by which the Client must have the rush feasibility answer.
CivilDay RushFeasibilityDue(CivilDay received);

}  // namespace bizline
