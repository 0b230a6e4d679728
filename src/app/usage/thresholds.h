// U-12, U-13: once volume grew, the lines whose month grew are told at 80 % and 100 % of their
// cap (once per threshold and month) and throttled at 100 %, in the caller's transaction so the
// volume, the notices and the throttle are one commit. Both the listener's batches and the bulk
// import end with this.
#pragma once

#include <set>
#include <string>
#include <utility>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "app/notification/notify_representatives.h"
#include "domain/catalog/catalog.h"
#include "domain/usage/volume.h"

namespace bizline {

struct ThresholdOutcome {
  int notices = 0;    // 80 % / 100 % notices enqueued
  int throttled = 0;  // lines throttled at 100 %
};

// `touched`: the RADIUS users and months whose volume grew. Users no line carries are skipped
// (unmatched: nobody to tell). Reads each user's line, packs and volume: for a few users.
Result<ThresholdOutcome> ActOnThresholds(Transaction& tx, const Catalog& catalog, const Clock& clock, SmsNotices sms,
                                         const std::set<std::pair<std::string, Month>>& touched);

// The same outcome for thousands of users (a file import): the months' volumes and packs are
// read at once and the lines in one pass, and only lines at 80 % or more are acted on.
Result<ThresholdOutcome> ActOnThresholdsInBulk(Transaction& tx, const Catalog& catalog, const Clock& clock,
                                               SmsNotices sms, const std::set<std::pair<std::string, Month>>& touched);

}  // namespace bizline
