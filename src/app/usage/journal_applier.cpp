#include "app/usage/journal_applier.h"

#include "app/usage/ports.h"

namespace bizline {

Result<std::size_t> JournalApplier::ApplyOnce(std::size_t max_records) {
  if (!cursor_) {
    ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
    ASSIGN_OR_RETURN(cursor_, Usage(*tx).JournalCursor(journal_.id()));
  }
  // The journal first: when nothing new is durable (most wake-ups), no transaction is opened.
  ASSIGN_OR_RETURN(JournalChunk chunk, journal_.Read(*cursor_, max_records));
  if (chunk.next == *cursor_) return std::size_t{0};
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(const JournalPosition stored, Usage(*tx).JournalCursor(journal_.id()));
  if (stored != *cursor_) {  // the version check: one applier per journal
    cursor_.reset();
    return Error::Stale("the cursor of accounting journal " + journal_.id() + " was moved by another applier");
  }
  TRY(meter_.Record(*tx, chunk.records));
  TRY(Usage(*tx).SaveJournalCursor(journal_.id(), chunk.next));
  TRY(tx->Commit());
  cursor_ = chunk.next;
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
