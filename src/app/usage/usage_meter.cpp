#include "app/usage/usage_meter.h"

#include <map>
#include <optional>
#include <vector>

#include "app/usage/ports.h"
#include "app/usage/thresholds.h"
#include "domain/calendar/brussels_time.h"
#include "domain/usage/session_meter.h"

namespace bizline {

Result<MeterReport> UsageMeter::Record(std::span<const AccountingRecord> batch) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(MeterReport report, Record(*tx, batch));
  TRY(tx->Commit());
  return report;
}

namespace {

// The sessions a batch names: each read from storage once, kept here while the batch is metered,
// and written once.
class BatchSessions {
 public:
  struct Slot {
    std::optional<MeteredSession> session;  // nullopt: new, no record of it counted yet
    bool changed = false;                   // to be written
  };

  explicit BatchSessions(UsageRepository& usage) : usage_(usage) {}

  Result<Slot*> Find(const AccountingRecord& record) {
    auto [it, inserted] = slots_.try_emplace({record.nas, record.session_id});
    if (inserted) {
      ASSIGN_OR_RETURN(it->second.session, usage_.FindSession(record.nas, record.session_id));
    }
    return &it->second;
  }

  Status Write() {
    std::vector<MeteredSession> changed;
    for (auto& [key, slot] : slots_) {
      if (!slot.changed) continue;
      slot.changed = false;
      changed.push_back(*slot.session);
    }
    return usage_.SaveSessions(changed);
  }

  // Accounting-On/Off: what is metered is written, storage closes the NAS's open sessions, and
  // the sessions kept here follow.
  Result<int> CloseSessionsOf(const std::string& nas) {
    TRY(Write());
    ASSIGN_OR_RETURN(int closed, usage_.CloseSessionsOf(nas));
    for (auto& [key, slot] : slots_) {
      if (key.first == nas && slot.session) slot.session->state.open = false;
    }
    return closed;
  }

 private:
  UsageRepository& usage_;
  std::map<std::pair<std::string, std::string>, Slot> slots_;  // by NAS and Acct-Session-Id
};

}  // namespace

Result<MeterReport> UsageMeter::Record(Transaction& tx, std::span<const AccountingRecord> batch) {
  MeterReport report;
  UsageRepository& usage = Usage(tx);
  BatchSessions sessions(usage);
  std::map<std::pair<std::string, CivilDay>, Bytes> days;
  for (const AccountingRecord& record : batch) {
    if (record.status == AcctStatus::kAccountingOn || record.status == AcctStatus::kAccountingOff) {
      ASSIGN_OR_RETURN(int closed, sessions.CloseSessionsOf(record.nas));
      report.sessions_closed += closed;
      ++report.counted;
      continue;
    }
    ASSIGN_OR_RETURN(BatchSessions::Slot * slot, sessions.Find(record));
    Metering m = MeterRecord(slot->session, record);
    switch (m.outcome) {
      case RecordOutcome::kDuplicate: ++report.duplicates; continue;
      case RecordOutcome::kStale: ++report.stale; continue;
      case RecordOutcome::kCounted: break;
    }
    ++report.counted;
    if (m.growth.value > 0) {
      // The delta belongs to the day (and month) in Brussels when it was measured.
      days[{m.session.user_name, BrusselsDay(record.event_time)}] += m.growth;
      report.touched.emplace(m.session.user_name, MonthOf(record.event_time));
    }
    slot->session = std::move(m.session);
    slot->changed = true;
  }
  TRY(sessions.Write());
  std::vector<UserDayVolume> volumes;
  volumes.reserve(days.size());
  for (const auto& [key, bytes] : days) volumes.push_back({key.first, key.second, bytes});
  TRY(usage.AddVolumes(volumes));
  ASSIGN_OR_RETURN(const ThresholdOutcome acted, ActOnThresholds(tx, catalog_, clock_, sms_, report.touched));
  report.notices = acted.notices;
  report.throttled = acted.throttled;
  return report;
}

Result<int> UsageMeter::CloseSilentSessions(Instant now, Seconds silence) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(int closed, Usage(*tx).CloseSilentSessions(now - silence));
  TRY(tx->Commit());
  return closed;
}

}  // namespace bizline
