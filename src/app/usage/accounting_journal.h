// The accounting journal (issue 11 item 1): where the RADIUS listener makes accepted records
// durable before it answers them, so the Accounting-Response waits for one append and one fsync
// per batch, not for metering. The journal applier (journal_applier.h) meters what was appended,
// in order, and stores how far it got in the same transaction as the volumes: every record is
// metered exactly once, even across a crash, and nothing acknowledged is lost.
#pragma once

#include <compare>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "domain/core/result.h"
#include "domain/usage/accounting_record.h"

namespace bizline {

// A place in the journal: a segment and a byte offset in it. {0, 0} is its beginning.
struct JournalPosition {
  std::int64_t segment = 0;
  std::int64_t offset = 0;
  auto operator<=>(const JournalPosition&) const = default;
};

struct JournalChunk {
  std::vector<AccountingRecord> records;
  JournalPosition next;  // where the next read starts
};

class AccountingJournal {
 public:
  virtual ~AccountingJournal() = default;
  // Names this journal in the applier's cursor (a database may outlive its journal directory).
  virtual const std::string& id() const = 0;
  // Appends the records; they are durable when it returns Ok. One caller at a time.
  virtual Status Append(std::span<const AccountingRecord> records) = 0;
  // Up to `max_records` durable records from `from`, in the order they were appended.
  virtual Result<JournalChunk> Read(JournalPosition from, std::size_t max_records) = 0;
  // Everything before `applied` is metered: the space it takes may be given back.
  virtual Status Release(JournalPosition applied) = 0;
};

}  // namespace bizline
