#include "app/usage/usage_meter.h"

#include "app/usage/ports.h"
#include "app/usage/thresholds.h"
#include "domain/calendar/brussels_time.h"
#include "domain/usage/session_meter.h"

namespace bizline {

Result<MeterReport> UsageMeter::Record(std::span<const AccountingRecord> batch) {
  MeterReport report;
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  UsageRepository& usage = Usage(*tx);
  for (const AccountingRecord& record : batch) {
    if (record.status == AcctStatus::kAccountingOn || record.status == AcctStatus::kAccountingOff) {
      ASSIGN_OR_RETURN(int closed, usage.CloseSessionsOf(record.nas));
      report.sessions_closed += closed;
      ++report.counted;
      continue;
    }
    ASSIGN_OR_RETURN(auto known, usage.FindSession(record.nas, record.session_id));
    Metering m = MeterRecord(known, record);
    switch (m.outcome) {
      case RecordOutcome::kDuplicate: ++report.duplicates; continue;
      case RecordOutcome::kStale: ++report.stale; continue;
      case RecordOutcome::kCounted: break;
    }
    ++report.counted;
    TRY(usage.SaveSession(m.session));
    if (m.growth.value > 0) {
      // The delta belongs to the day (and month) in Brussels when it was measured.
      TRY(usage.AddVolume(m.session.user_name, BrusselsDay(record.event_time), m.growth));
      report.touched.emplace(m.session.user_name, MonthOf(record.event_time));
    }
  }
  ASSIGN_OR_RETURN(const ThresholdOutcome acted, ActOnThresholds(*tx, catalog_, clock_, sms_, report.touched));
  report.notices = acted.notices;
  report.throttled = acted.throttled;
  TRY(tx->Commit());
  return report;
}

Result<int> UsageMeter::CloseSilentSessions(Instant now, Seconds silence) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(int closed, Usage(*tx).CloseSilentSessions(now - silence));
  TRY(tx->Commit());
  return closed;
}

}  // namespace bizline
