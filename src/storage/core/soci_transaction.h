// One unit of work on one pooled connection: BEGIN on construction, ROLLBACK on destruction
// unless committed. On SQLite a write transaction starts IMMEDIATE so that two writers queue
// on the busy timeout instead of failing on a lock upgrade. Repositories are made from the
// session the first time a use case asks for their port, by the factory their capability's
// storage slice registered.
#pragma once

#include <soci/soci.h>

#include <memory>
#include <typeindex>
#include <unordered_map>

#include "app/core/storage.h"
#include "storage/core/dialect.h"
#include "storage/core/repository_factories.h"

namespace soci {
class connection_pool;
}

namespace bizline {

class SociTransaction final : public Transaction {
 public:
  SociTransaction(soci::connection_pool& pool, Dialect dialect, TxMode mode, const RepositoryFactories& factories);
  ~SociTransaction() override;
  Status Commit() override;

 protected:
  void* Find(std::type_index port) override;

 private:
  soci::session session_;
  Dialect dialect_;
  const RepositoryFactories& factories_;
  bool open_ = true;
  // Declared after the session: destroyed before it.
  std::unordered_map<std::type_index, std::shared_ptr<void>> made_;
};

}  // namespace bizline
