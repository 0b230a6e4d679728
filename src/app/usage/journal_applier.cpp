#include "app/usage/journal_applier.h"

#include "app/usage/ports.h"

namespace bizline {

Result<std::size_t> JournalApplier::ApplyOnce(std::size_t max_records) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(const JournalPosition from, Usage(*tx).JournalCursor(journal_.id()));
  ASSIGN_OR_RETURN(JournalChunk chunk, journal_.Read(from, max_records));
  if (chunk.next == from) return std::size_t{0};
  ASSIGN_OR_RETURN(const MeterReport report, meter_.Record(*tx, chunk.records));
  TRY(Usage(*tx).SaveJournalCursor(journal_.id(), chunk.next));
  TRY(tx->Commit());
  // Only after the commit: a segment is given back once nothing in it can be needed again.
  TRY(journal_.Release(chunk.next));
  return chunk.records.size();
}

Result<std::size_t> JournalApplier::ApplyAll() {
  std::size_t total = 0;
  for (;;) {
    ASSIGN_OR_RETURN(std::size_t applied, ApplyOnce());
    if (applied == 0) return total;
    total += applied;
  }
}

}  // namespace bizline
