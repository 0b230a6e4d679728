#include "storage/core/soci_transaction.h"

#include <cstdio>
#include <cstdlib>

#include "storage/core/db_error.h"

namespace bizline {

SociTransaction::SociTransaction(soci::connection_pool& pool, Dialect dialect, TxMode mode,
                                 const RepositoryFactories& factories)
    : session_(pool), dialect_(dialect), factories_(factories) {
  if (dialect_ == Dialect::kSqlite && mode == TxMode::kWrite) {
    session_ << "BEGIN IMMEDIATE";
  } else {
    session_ << "BEGIN";
  }
}

SociTransaction::~SociTransaction() {
  made_.clear();
  if (!open_) return;
  try {
    session_ << "ROLLBACK";
  } catch (...) {  // NOLINT(bugprone-empty-catch): the connection is returned to the pool either way
  }
}

void* SociTransaction::Find(std::type_index port) {
  if (auto it = made_.find(port); it != made_.end()) return it->second.get();
  const RepositoryFactories::Maker* maker = factories_.Find(port);
  if (maker == nullptr) {
    // A capability's port without its storage slice in main's list: a wiring defect, never input.
    std::fprintf(stderr, "no storage slice provides the repository port %s\n", port.name());
    std::abort();
  }
  return made_.emplace(port, (*maker)(session_, dialect_)).first->second.get();
}

Status SociTransaction::Commit() {
  return Guarded([&]() -> Status {
    session_ << "COMMIT";
    open_ = false;
    return Ok{};
  });
}

}  // namespace bizline
