// The SLA breach watch: an open ticket whose expected resolution (the SLA-026 due instant) has
// passed is marked breached once, with breached_at = that due instant, and its customer's
// representatives are told in the same transaction (DESK-017). The remedy is the customer's to
// claim (SLA-009, SLA-010, SLA-012): the watch neither escalates (ESC-004: no time-based
// triggers) nor grants Service Credits. A ticket in Stop-Clock (pending) is not watched: its due
// instant moves when the clock runs again.
#pragma once

#include "app/ports/clock.h"
#include "app/ports/repositories.h"

namespace bizline {

inline constexpr std::string_view kSlaBreachedKind = "ticket.slaBreached";

struct SlaWatchReport {
  int breached = 0;  // tickets marked by this run
};

class SlaWatch {
 public:
  SlaWatch(Storage& storage, const Clock& clock, int batch_size = 100)
      : storage_(storage), clock_(clock), batch_size_(batch_size) {}

  // Marks every ticket past due at the clock's now, a batch per transaction.
  Result<SlaWatchReport> RunOnce();

 private:
  Result<int> RunBatch(Instant now);
  Storage& storage_;
  const Clock& clock_;
  int batch_size_;
};

}  // namespace bizline
