// The SLA breach watch: an open ticket whose expected resolution (the SLA-026 due instant) has
// passed is marked breached once, with breached_at = that due instant, and its customer's
// representatives are told in the same transaction (DESK-017). The remedy is the customer's to
// claim (SLA-009, SLA-010, SLA-012): the watch neither escalates (ESC-004: no time-based
// triggers) nor grants Service Credits. A ticket in Stop-Clock (pending) is not watched: its due
// instant moves when the clock runs again. The notice promises only the remedies that apply
// (domain/sla/breach_remedy.h): escalation for P1/P2, a Service Credit for a missed P1 where the
// line's formula states one.
#pragma once

#include <memory>

#include "app/core/clock.h"
#include "app/ticketing/ports.h"
#include "domain/sla/sla_catalog.h"

namespace bizline {

inline constexpr std::string_view kSlaBreachedKind = "ticket.slaBreached";

struct SlaWatchReport {
  int breached = 0;  // tickets marked by this run
};

class SlaWatch {
 public:
  // Without an SLA catalog (`sla` null) a notice promises no Service Credit.
  SlaWatch(Storage& storage, const Clock& clock, std::shared_ptr<const SlaCatalog> sla, int batch_size = 100)
      : storage_(storage), clock_(clock), sla_(std::move(sla)), batch_size_(batch_size) {}

  // Marks every ticket past due at the clock's now, a batch per transaction.
  Result<SlaWatchReport> RunOnce();

 private:
  Result<int> RunBatch(Instant now);
  MissedP1Remedy MissedP1RemedyOf(const Ticket& ticket) const;
  Storage& storage_;
  const Clock& clock_;
  std::shared_ptr<const SlaCatalog> sla_;
  int batch_size_;
};

}  // namespace bizline
