#include "support/test_databases.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <cstdlib>
#include <filesystem>
#include <random>

#include "storage/core/soci_storage.h"

namespace bizline::testing {
namespace {

std::string PgBaseUrl() {
  const char* url = std::getenv("BIZLINE_TEST_PG");
  return url ? url : "";
}

// Replaces the database name of a postgresql:// URL.
std::string WithDatabase(const std::string& url, const std::string& name) {
  auto query = url.find('?');
  std::string base = url.substr(0, query);
  std::string rest = query == std::string::npos ? "" : url.substr(query);
  auto slash = base.rfind('/');
  return base.substr(0, slash + 1) + name + rest;
}

// The admin connection in the keyword form SOCI hands to libpq.
std::string PgAdminConnect() { return ParseDatabaseUrl(PgBaseUrl())->connect; }

std::string RandomSuffix() {
  std::random_device rd;
  return std::to_string(rd()) + std::to_string(rd() % 100000);
}

}  // namespace

std::string BackendName(Backend backend) { return backend == Backend::kSqlite ? "SQLite" : "PostgreSQL"; }

std::vector<Backend> AvailableBackends() {
  std::vector<Backend> backends{Backend::kSqlite};
  if (!PgBaseUrl().empty()) backends.push_back(Backend::kPostgres);
  return backends;
}

TestDatabase::TestDatabase(Backend backend) : backend_(backend) {
  if (backend == Backend::kSqlite) {
    temp_path_ = (std::filesystem::temp_directory_path() / ("bizline-storage-" + RandomSuffix())).string();
    std::filesystem::create_directories(temp_path_);
    url_ = "sqlite:" + temp_path_ + "/test.db";
    return;
  }
  pg_name_ = "bizline_test_" + RandomSuffix();
  soci::session admin(*soci::factory_postgresql(), PgAdminConnect());
  admin << "CREATE DATABASE " + pg_name_;
  url_ = WithDatabase(PgBaseUrl(), pg_name_);
}

TestDatabase::~TestDatabase() {
  if (backend_ == Backend::kSqlite) {
    std::error_code ignored;
    std::filesystem::remove_all(temp_path_, ignored);
    return;
  }
  try {
    soci::session admin(*soci::factory_postgresql(), PgAdminConnect());
    admin << "DROP DATABASE IF EXISTS " + pg_name_ + " WITH (FORCE)";
  } catch (...) {  // NOLINT(bugprone-empty-catch): the server is thrown away after the run anyway
  }
}

}  // namespace bizline::testing
