#include "app/usage/usage_meter.h"

#include "app/inventory/ports.h"
#include "app/notification/notify_representatives.h"
#include "app/usage/ports.h"
#include "app/usage/throttling.h"
#include "domain/calendar/brussels_time.h"
#include "domain/usage/session_meter.h"
#include "domain/usage/usage_notice.h"
#include "domain/usage/volume_cap.h"

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
  TRY(NotifyThresholds(*tx, report));
  TRY(tx->Commit());
  return report;
}

Status UsageMeter::NotifyThresholds(Transaction& tx, MeterReport& report) {
  for (const auto& [user_name, month] : report.touched) {
    auto line = Products(tx).FindByRadiusUserName(user_name);
    if (!line) {
      if (line.error().code == ErrorCode::kNotFound) continue;  // unmatched: nobody to tell
      return line.error();
    }
    ASSIGN_OR_RETURN(const VolumeCap cap, MonthCap(tx, catalog_, *line, month));  // U-14: with its packs
    if (cap.kind == CapKind::kUnlimited) continue;                                // USE-007
    ASSIGN_OR_RETURN(Bytes volume, Usage(tx).MonthVolume(user_name, month));
    const int level = UsageLevel(volume, cap);
    for (int threshold : kUsageThresholds) {
      if (level < threshold) break;
      ASSIGN_OR_RETURN(bool first, Usage(tx).RecordNotice(line->id, month, threshold, clock_.Now()));
      if (!first) continue;  // once per threshold and month
      const UsageNoticeText notice = UsageNotice(threshold, line->name + " (" + user_name + ")", month, volume, cap);
      TRY(NotifyRepresentatives(tx, line->customer_id, notice.kind, "product/" + std::to_string(line->id.value()),
                                notice.subject, notice.body, clock_.Now()));
      TRY(NotifyRepresentativesBySms(tx, sms_, line->customer_id, notice.kind,
                                     "product/" + std::to_string(line->id.value()),
                                     UsageSmsText(threshold, line->name, user_name, month, cap), clock_.Now()));
      ++report.notices;
    }
    // U-13: at 100 % the line is throttled until the month ends.
    ASSIGN_OR_RETURN(bool throttled, ThrottleWhenOverCap(tx, catalog_, *line, month, volume, cap, clock_.Now()));
    if (throttled) ++report.throttled;
  }
  return Ok{};
}

Result<int> UsageMeter::CloseSilentSessions(Instant now, Seconds silence) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(int closed, Usage(*tx).CloseSilentSessions(now - silence));
  TRY(tx->Commit());
  return closed;
}

}  // namespace bizline
