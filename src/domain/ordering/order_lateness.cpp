#include "domain/ordering/order_lateness.h"

#include <algorithm>

#include "domain/calendar/brussels_time.h"

namespace bizline {

bool IsLate(const ProductOrder& order, CivilDay today) {
  if (IsFinal(order.milestone) || order.activated_at || !order.target_activation_date) return false;
  return *order.target_activation_date < today;
}

int BusinessDaysLate(CivilDay target, CivilDay today) {
  int days = 0;
  for (CivilDay d = target + date::days(1); d <= today; d += date::days(1)) {
    if (IsBusinessDay(d)) ++days;
  }
  return days;
}

bool LatenessAnnounced(const ProductOrder& order) {
  if (!order.target_activation_date) return false;
  return std::any_of(order.late_notices.begin(), order.late_notices.end(),
                     [&](const LateNotice& n) { return n.missed_target == *order.target_activation_date; });
}

Result<LateNotice> AnnounceLateness(ProductOrder& order, Instant now) {
  CivilDay today = BrusselsDay(now);
  if (!IsLate(order, today)) return Error::Precondition("the order is not late", "ORD-034");
  if (LatenessAnnounced(order)) {
    return Error::Precondition(
        "the Client was already told that " + FormatCivilDay(*order.target_activation_date) + " was missed", "ORD-034");
  }
  LateNotice notice;
  notice.missed_target = *order.target_activation_date;
  notice.business_days_late = BusinessDaysLate(notice.missed_target, today);
  // A rescheduled date that passes again keeps the reason staff gave for the delay.
  if (!order.late_notices.empty()) notice.reason = order.late_notices.back().reason;
  notice.at = now;
  order.late_notices.push_back(notice);
  return notice;
}

Result<LateNotice> RescheduleLateOrder(ProductOrder& order, CivilDay new_date, const std::string& reason, Instant now,
                                       UserId by) {
  CivilDay today = BrusselsDay(now);
  if (!IsLate(order, today)) {
    std::string why =
        order.target_activation_date
            ? "its target activation date " + FormatCivilDay(*order.target_activation_date) + " has not passed"
            : "it has no target activation date yet";
    if (IsFinal(order.milestone) || order.activated_at) why = "it is activated or closed";
    return Error::Precondition("the order is not late: " + why, "ORD-034");
  }
  if (reason.empty()) {
    return Error::Invalid("lateActivation.reason", "give the Client the reasons of the delay", "ORD-034");
  }
  if (new_date <= today || !IsBusinessDay(new_date)) {
    return Error::Invalid("lateActivation.newPlannedDate", "the new planned date is a business day (U-02) after today",
                          "ORD-035");
  }
  LateNotice notice;
  notice.missed_target = *order.target_activation_date;
  notice.business_days_late = BusinessDaysLate(notice.missed_target, today);
  notice.reason = reason;
  notice.new_date = new_date;
  notice.at = now;
  notice.by = by;
  order.late_notices.push_back(notice);
  order.target_activation_date = new_date;
  return notice;
}

}  // namespace bizline
