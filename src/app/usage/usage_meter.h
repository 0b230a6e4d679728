// Metering: accounting records in, volume per RADIUS user and Brussels day out (issue 11 item 2).
// A batch is one transaction: the journal applier hands over what the listener made durable,
// thousands of records at once; each session the batch names is read once and written once, and
// the daily volumes are summed before they are written. The notices and throttles the batch
// causes commit with it (thresholds.h).
#pragma once

#include <set>
#include <span>
#include <string>
#include <utility>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "app/notification/notify_representatives.h"
#include "domain/catalog/catalog.h"
#include "domain/usage/accounting_record.h"
#include "domain/usage/volume.h"

namespace bizline {

struct MeterReport {
  int counted = 0;
  int duplicates = 0;  // retransmits, counted once
  int stale = 0;       // older than their session's last record
  int sessions_closed = 0;
  int notices = 0;                                  // 80 % / 100 % notices enqueued (U-12)
  int throttled = 0;                                // lines throttled at 100 % (U-13)
  std::set<std::pair<std::string, Month>> touched;  // users whose month volume grew
};

class UsageMeter {
 public:
  // `catalog` gives each line's cap (T-12); `clock` dates the notices; `sms` says whether the
  // notices go by SMS too (U-12; on when the server has an SMS webhook).
  UsageMeter(Storage& storage, const Catalog& catalog, const Clock& clock, SmsNotices sms = SmsNotices::kOff)
      : storage_(storage), catalog_(catalog), clock_(clock), sms_(sms) {}

  Result<MeterReport> Record(std::span<const AccountingRecord> batch);
  // Meters `batch` in the caller's transaction (the journal applier's, which also moves its cursor).
  Result<MeterReport> Record(Transaction& tx, std::span<const AccountingRecord> batch);
  // Closes the open sessions silent since before `now - silence` (a lost Stop).
  Result<int> CloseSilentSessions(Instant now, Seconds silence);

 private:
  Storage& storage_;
  const Catalog& catalog_;
  const Clock& clock_;
  SmsNotices sms_;
};

}  // namespace bizline
