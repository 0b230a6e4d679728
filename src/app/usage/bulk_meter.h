// `bizline usage import` at file speed (issue 11 item 4): the listener's metering rule
// (MeterReading) over millions of records, with the file's sessions and daily volumes kept in
// memory and written once at the end, in one transaction with the notices and throttles they
// cause (ActOnThresholds). The import is then all-or-nothing, and a session the file continues
// from an earlier import is read from storage the first time the file names it.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "app/notification/notify_representatives.h"
#include "app/usage/usage_meter.h"
#include "domain/calendar/brussels_day_cache.h"
#include "domain/catalog/catalog.h"
#include "domain/usage/session_meter.h"

namespace bizline {

// One accounting record of a file, its text borrowed from the caller's buffer for the duration
// of Add (so ten million rows are read without a string each).
struct AccountingRow {
  AcctStatus status = AcctStatus::kStart;
  std::string_view session_id;  // empty for Accounting-On/Off
  std::string_view user_name;
  SessionCounters counters;  // gigawords joined (Counter64)
  Instant event_time{};
};

class BulkUsageMeter {
 public:
  // Begins the import's transaction. `nas` names the sessions of the file (the NAS a file's
  // records are filed under: one per import source).
  static Result<std::unique_ptr<BulkUsageMeter>> Begin(Storage& storage, const Catalog& catalog, const Clock& clock,
                                                       SmsNotices sms, std::string nas);
  ~BulkUsageMeter();

  // Meters rows in file order (MeterReading): duplicates counted once, late rows stale.
  Status Add(std::span<const AccountingRow> rows);
  // Writes the sessions and daily volumes, acts on the thresholds crossed and commits.
  Result<MeterReport> Commit();

 private:
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename V>
  using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

  struct Slot {
    SessionState state;
    std::uint32_t user = 0;  // index into users_
    bool changed = false;    // to be written at Commit
  };

  BulkUsageMeter(std::unique_ptr<Transaction> tx, const Catalog& catalog, const Clock& clock, SmsNotices sms,
                 std::string nas);
  Result<Slot*> SessionOf(const AccountingRow& row);
  std::uint32_t UserIndex(std::string_view user_name);
  Status CloseOpenSessions();
  Status WriteSessions();
  Status WriteVolumes();

  std::unique_ptr<Transaction> tx_;
  const Catalog& catalog_;
  const Clock& clock_;
  SmsNotices sms_;
  std::string nas_;
  StringMap<Slot> sessions_;
  StringMap<std::uint32_t> user_index_;
  std::vector<std::string> users_;
  // Growth per (user index << 32 | Brussels day number): a day's volume is written once.
  std::unordered_map<std::uint64_t, std::uint64_t> days_;
  BrusselsDayCache day_of_;
  MeterReport report_;
};

}  // namespace bizline
