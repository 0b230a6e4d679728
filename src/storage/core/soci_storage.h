// The Storage port over SOCI. One class serves SQLite (`sqlite:PATH`, the embedded default:
// WAL, foreign keys on, full fsync) and PostgreSQL (`postgresql://...`); the SQL is written
// once in the dialect both accept.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "app/core/storage.h"
#include "storage/core/dialect.h"
#include "storage/core/repository_factories.h"

namespace soci {
class connection_pool;
}

namespace bizline {

struct DatabaseUrl {
  Dialect dialect = Dialect::kSqlite;
  std::string connect;  // what the SOCI backend is opened with
};

Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url);

class SociStorage final : public Storage {
 public:
  // `repositories`: what each capability's storage slice provides (main composes them).
  static Result<std::unique_ptr<SociStorage>> Open(const std::string& url, std::size_t pool_size,
                                                   RepositoryFactories repositories);
  ~SociStorage() override;

  Result<std::unique_ptr<Transaction>> Begin(TxMode mode) override;
  // Applies the embedded migrations not yet applied, in order; returns how many ran.
  Result<int> Migrate();
  Dialect dialect() const { return url_.dialect; }

 private:
  SociStorage(DatabaseUrl url, std::unique_ptr<soci::connection_pool> pool, std::size_t pool_size,
              RepositoryFactories repositories);

  DatabaseUrl url_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::size_t pool_size_;
  RepositoryFactories repositories_;
};

}  // namespace bizline
