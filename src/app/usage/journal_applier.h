// Meters what the RADIUS listener made durable in the accounting journal (accounting_journal.h):
// from the cursor stored with the volumes, a chunk of records is metered and the cursor moved in
// one transaction, so a crash between two applies neither loses nor repeats a record. Segments
// wholly metered are then released. One applier per journal runs at a time.
#pragma once

#include <optional>

#include "app/usage/accounting_journal.h"
#include "app/usage/usage_meter.h"

namespace bizline {

class JournalApplier {
 public:
  static constexpr std::size_t kChunkRecords = 65536;  // per transaction: memory stays flat

  JournalApplier(Storage& storage, UsageMeter& meter, AccountingJournal& journal)
      : storage_(storage), meter_(meter), journal_(journal) {}

  // Meters one chunk; how many records it metered (0: the journal is caught up).
  Result<std::size_t> ApplyOnce(std::size_t max_records = kChunkRecords);
  // Meters until the journal is caught up (at start and at stop); how many records in all.
  Result<std::size_t> ApplyAll();

 private:
  Storage& storage_;
  UsageMeter& meter_;
  AccountingJournal& journal_;
  // Where the stored cursor stands, as this applier last read or wrote it (nullopt: not read yet).
  std::optional<JournalPosition> cursor_;
};

}  // namespace bizline
