#include "storage/soci_transaction.h"

#include "storage/db_error.h"

namespace bizline {

SociTransaction::SociTransaction(soci::connection_pool& pool, Dialect dialect, TxMode mode)
    : session_(pool),
      dialect_(dialect),
      customers_(session_),
      users_(session_),
      notifications_(session_),
      tickets_(session_) {
  if (dialect_ == Dialect::kSqlite && mode == TxMode::kWrite) {
    session_ << "BEGIN IMMEDIATE";
  } else {
    session_ << "BEGIN";
  }
}

SociTransaction::~SociTransaction() {
  if (!open_) return;
  try {
    session_ << "ROLLBACK";
  } catch (...) {  // NOLINT(bugprone-empty-catch): the connection is returned to the pool either way
  }
}

Status SociTransaction::Commit() {
  return Guarded([&]() -> Status {
    session_ << "COMMIT";
    open_ = false;
    return Ok{};
  });
}

}  // namespace bizline
