// Late activation (ORD-033 to ORD-036). An order is late when its target activation date (from
// the confirmation letter, the RFD or an approved works quote, ORD-033) has passed and it is not
// activated. Proximus then tells the Client the order status, the delay and its reasons
// (ORD-034) and gives a new planned date (ORD-035): the late-activation watch announces a
// lateness once per missed target date ("reasons to follow" unless known), and staff reschedule
// with the reasons and the new date, which becomes the order's target. ORD-036: no compensation
// is owed, so nothing here touches a charge (see order_charges).
#pragma once

#include <string>

#include "domain/core/result.h"
#include "domain/ordering/order.h"

namespace bizline {

// Whether `order` is past its target activation date on `today` without being activated.
bool IsLate(const ProductOrder& order, CivilDay today);

// Business days (U-02) after `target` up to and including `today`: 0 when today <= target.
int BusinessDaysLate(CivilDay target, CivilDay today);

// Whether the Client was already told that the current target date was missed.
bool LatenessAnnounced(const ProductOrder& order);

// The watch's notice: the order is late and not yet announced for its target. The reason is the
// one staff gave with the last reschedule, if any; otherwise the reasons follow.
Result<LateNotice> AnnounceLateness(ProductOrder& order, Instant now);

// ORD-034, ORD-035: staff's notice with the reasons and the new planned date, which must be a
// business day after today; the new date becomes the target activation date.
Result<LateNotice> RescheduleLateOrder(ProductOrder& order, CivilDay new_date, const std::string& reason, Instant now,
                                       UserId by);

}  // namespace bizline
