#include "storage/core/soci_storage.h"

#include <soci/connection-pool.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>

#include "storage/core/db_error.h"
#include "storage/core/migrator.h"
#include "storage/core/soci_transaction.h"

namespace bizline {
namespace {

void OpenSession(soci::session& session, const DatabaseUrl& url) {
  if (url.dialect == Dialect::kSqlite) {
    session.open(*soci::factory_sqlite3(), url.connect);
    // WAL lets readers run beside the single writer; synchronous=FULL makes every
    // acknowledged commit durable; foreign keys are off by default in SQLite.
    session << "PRAGMA journal_mode=WAL";
    session << "PRAGMA synchronous=FULL";
    session << "PRAGMA foreign_keys=ON";
    session << "PRAGMA busy_timeout=10000";
    // 32 MB of page cache per connection (SQLite's default is 2 MB): a bulk usage import writes
    // hundreds of thousands of rows in one transaction, which a small cache spills and re-reads.
    session << "PRAGMA cache_size=-32768";
    return;
  }
  session.open(*soci::factory_postgresql(), url.connect);
}

// SOCI hands libpq its connect string in keyword form, so the URL is rewritten:
// postgresql://user:pw@host:port/db?sslmode=disable -> "user=user password=pw host=host ...".
Result<std::string> PostgresKeywords(std::string_view url) {
  url.remove_prefix(url.find("://") + 3);
  std::string out;
  auto add = [&out](std::string_view key, std::string_view value) {
    if (value.empty()) return;
    out += std::string(out.empty() ? "" : " ") + std::string(key) + "='" + std::string(value) + "'";
  };
  auto query_at = url.find('?');
  std::string_view query = query_at == std::string_view::npos ? std::string_view() : url.substr(query_at + 1);
  url = url.substr(0, query_at);
  auto slash = url.find('/');
  std::string_view authority = url.substr(0, slash);
  std::string_view dbname = slash == std::string_view::npos ? std::string_view() : url.substr(slash + 1);
  if (auto at = authority.rfind('@'); at != std::string_view::npos) {
    std::string_view credentials = authority.substr(0, at);
    authority = authority.substr(at + 1);
    auto colon = credentials.find(':');
    add("user", credentials.substr(0, colon));
    if (colon != std::string_view::npos) add("password", credentials.substr(colon + 1));
  }
  // host, host:port, [v6], [v6]:port
  std::string_view host = authority, port;
  if (!authority.empty() && authority.front() == '[') {
    auto close = authority.find(']');
    if (close == std::string_view::npos) return Error::Invalid("db", "unclosed [ in database URL host");
    host = authority.substr(1, close - 1);
    if (close + 1 < authority.size() && authority[close + 1] == ':') port = authority.substr(close + 2);
  } else if (auto colon = authority.find(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  add("host", host);
  add("port", port);
  add("dbname", dbname);
  while (!query.empty()) {
    auto amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    auto eq = pair.find('=');
    if (eq == std::string_view::npos) return Error::Invalid("db", "malformed parameter in database URL");
    add(pair.substr(0, eq), pair.substr(eq + 1));
  }
  return out;
}

}  // namespace

Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url) {
  if (url.rfind("sqlite:", 0) == 0) {
    std::string path(url.substr(7));
    if (path.rfind("//", 0) == 0) path = path.substr(2);  // accept sqlite://PATH too
    if (path.empty()) return Error::Invalid("db", "sqlite: needs a file path, e.g. sqlite:var/bizline.db");
    return DatabaseUrl{Dialect::kSqlite, "db=" + path + " timeout=10"};
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    ASSIGN_OR_RETURN(auto keywords, PostgresKeywords(url));
    return DatabaseUrl{Dialect::kPostgres, keywords};
  }
  return Error::Invalid("db", "unsupported database URL (use sqlite:PATH or postgresql://...)");
}

SociStorage::SociStorage(DatabaseUrl url, std::unique_ptr<soci::connection_pool> pool, std::size_t pool_size,
                         RepositoryFactories repositories)
    : url_(std::move(url)), pool_(std::move(pool)), pool_size_(pool_size), repositories_(std::move(repositories)) {}

SociStorage::~SociStorage() = default;

Result<std::unique_ptr<SociStorage>> SociStorage::Open(const std::string& url_text, std::size_t pool_size,
                                                       RepositoryFactories repositories) {
  ASSIGN_OR_RETURN(auto url, ParseDatabaseUrl(url_text));
  if (url.dialect == Dialect::kSqlite) {
    std::filesystem::path file(url_text.substr(url_text.find(':') + 1));
    if (file.has_parent_path()) {
      std::error_code ignored;
      std::filesystem::create_directories(file.parent_path(), ignored);
    }
  }
  pool_size = std::max<std::size_t>(pool_size, 1);
  auto pool = std::make_unique<soci::connection_pool>(pool_size);
  try {
    for (std::size_t i = 0; i < pool_size; ++i) OpenSession(pool->at(i), url);
  } catch (const std::exception& e) {
    return Error::Unavailable(std::string("cannot open the database: ") + e.what());
  }
  return std::unique_ptr<SociStorage>(
      new SociStorage(std::move(url), std::move(pool), pool_size, std::move(repositories)));
}

Result<std::unique_ptr<Transaction>> SociStorage::Begin(TxMode mode) {
  return Guarded([&]() -> Result<std::unique_ptr<Transaction>> {
    return std::unique_ptr<Transaction>(std::make_unique<SociTransaction>(*pool_, url_.dialect, mode, repositories_));
  });
}

Result<int> SociStorage::Migrate() {
  return Guarded([&]() -> Result<int> {
    soci::session session(*pool_);
    return ApplyMigrations(session, url_.dialect);
  });
}

}  // namespace bizline
