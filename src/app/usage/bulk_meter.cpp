#include "app/usage/bulk_meter.h"

#include <algorithm>
#include <set>

#include "app/usage/ports.h"
#include "app/usage/thresholds.h"

namespace bizline {
namespace {

constexpr std::size_t kWriteBatch = 16384;  // rows built per storage call: memory stays flat

std::uint64_t DayKey(std::uint32_t user, CivilDay day) {
  return (std::uint64_t{user} << 32) | static_cast<std::uint32_t>(day.time_since_epoch().count());
}
std::uint32_t UserOfKey(std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32); }
CivilDay DayOfKey(std::uint64_t key) { return CivilDay(date::days(static_cast<std::int32_t>(key & 0xFFFFFFFFU))); }

}  // namespace

Result<std::unique_ptr<BulkUsageMeter>> BulkUsageMeter::Begin(Storage& storage, const Catalog& catalog,
                                                              const Clock& clock, SmsNotices sms, std::string nas) {
  ASSIGN_OR_RETURN(auto tx, storage.Begin(TxMode::kWrite));
  return std::unique_ptr<BulkUsageMeter>(new BulkUsageMeter(std::move(tx), catalog, clock, sms, std::move(nas)));
}

BulkUsageMeter::BulkUsageMeter(std::unique_ptr<Transaction> tx, const Catalog& catalog, const Clock& clock,
                               SmsNotices sms, std::string nas)
    : tx_(std::move(tx)), catalog_(catalog), clock_(clock), sms_(sms), nas_(std::move(nas)) {}

BulkUsageMeter::~BulkUsageMeter() = default;

std::uint32_t BulkUsageMeter::UserIndex(std::string_view user_name) {
  if (auto it = user_index_.find(user_name); it != user_index_.end()) return it->second;
  const auto index = static_cast<std::uint32_t>(users_.size());
  users_.emplace_back(user_name);
  user_index_.emplace(users_.back(), index);
  return index;
}

// The session in memory, else as an earlier import left it, else none yet (nullptr).
Result<BulkUsageMeter::Slot*> BulkUsageMeter::SessionOf(const AccountingRow& row) {
  if (auto it = sessions_.find(row.session_id); it != sessions_.end()) return &it->second;
  ASSIGN_OR_RETURN(auto stored, Usage(*tx_).FindSession(nas_, std::string(row.session_id)));
  if (!stored) return static_cast<Slot*>(nullptr);
  // The session keeps the user of its first record, as the listener's does.
  Slot slot{stored->state, UserIndex(stored->user_name), false};
  return &sessions_.emplace(std::string(row.session_id), slot).first->second;
}

// Accounting-On/Off (rare): the sessions metered so far are written, then storage closes every
// open one of the NAS and counts them, and memory follows.
Status BulkUsageMeter::CloseOpenSessions() {
  TRY(WriteSessions());
  ASSIGN_OR_RETURN(int closed, Usage(*tx_).CloseSessionsOf(nas_));
  for (auto& [id, slot] : sessions_) slot.state.open = false;
  report_.sessions_closed += closed;
  return Ok{};
}

Status BulkUsageMeter::Add(std::span<const AccountingRow> rows) {
  for (const AccountingRow& row : rows) {
    if (row.status == AcctStatus::kAccountingOn || row.status == AcctStatus::kAccountingOff) {
      TRY(CloseOpenSessions());
      ++report_.counted;
      continue;
    }
    ASSIGN_OR_RETURN(Slot * slot, SessionOf(row));
    const StateStep step = MeterReading(slot ? std::optional<SessionState>(slot->state) : std::nullopt,
                                        {row.status, row.counters, row.event_time});
    switch (step.outcome) {
      case RecordOutcome::kDuplicate: ++report_.duplicates; continue;
      case RecordOutcome::kStale: ++report_.stale; continue;
      case RecordOutcome::kCounted: break;
    }
    ++report_.counted;
    if (slot == nullptr) {
      slot = &sessions_.emplace(std::string(row.session_id), Slot{{}, UserIndex(row.user_name), false}).first->second;
    }
    slot->state = step.state;
    slot->changed = true;
    // The growth belongs to the day (and month) in Brussels when it was measured.
    if (step.growth.value > 0) days_[DayKey(slot->user, day_of_.Of(row.event_time))] += step.growth.value;
  }
  return Ok{};
}

Status BulkUsageMeter::WriteSessions() {
  // In key order: the storage's index is filled in order rather than at random places.
  std::vector<std::pair<const std::string, Slot>*> changed;
  for (auto& entry : sessions_) {
    if (entry.second.changed) changed.push_back(&entry);
  }
  std::sort(changed.begin(), changed.end(), [](auto* a, auto* b) { return a->first < b->first; });
  std::vector<MeteredSession> batch;
  batch.reserve(kWriteBatch);
  for (auto* entry : changed) {
    entry->second.changed = false;
    batch.push_back({nas_, entry->first, users_[entry->second.user], entry->second.state, {}});
    if (batch.size() == kWriteBatch) {
      TRY(Usage(*tx_).SaveSessions(batch));
      batch.clear();
    }
  }
  return Usage(*tx_).SaveSessions(batch);
}

Status BulkUsageMeter::WriteVolumes() {
  // In key order (user, then day): the storage's index is filled in order.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> days(days_.begin(), days_.end());
  std::sort(days.begin(), days.end());
  std::vector<UserDayVolume> batch;
  batch.reserve(kWriteBatch);
  for (const auto& [key, bytes] : days) {
    batch.push_back({users_[UserOfKey(key)], DayOfKey(key), Bytes{bytes}});
    report_.touched.emplace(users_[UserOfKey(key)], MonthOfDay(DayOfKey(key)));
    if (batch.size() == kWriteBatch) {
      TRY(Usage(*tx_).AddVolumes(batch));
      batch.clear();
    }
  }
  return Usage(*tx_).AddVolumes(batch);
}

Result<MeterReport> BulkUsageMeter::Commit() {
  TRY(WriteSessions());
  TRY(WriteVolumes());
  ASSIGN_OR_RETURN(const ThresholdOutcome acted, ActOnThresholdsInBulk(*tx_, catalog_, clock_, sms_, report_.touched));
  report_.notices = acted.notices;
  report_.throttled = acted.throttled;
  TRY(tx_->Commit());
  return report_;
}

}  // namespace bizline
