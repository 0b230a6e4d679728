// The backends the storage contract suite runs on: SQLite always; PostgreSQL when
// BIZLINE_TEST_PG holds a URL of a server the test may create databases on (scripts/test.sh
// starts a throwaway one). Each test gets a fresh, empty database.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace bizline::testing {

enum class Backend { kSqlite, kPostgres };

std::string BackendName(Backend backend);
std::vector<Backend> AvailableBackends();

// A fresh database for one test, dropped afterwards.
class TestDatabase {
 public:
  explicit TestDatabase(Backend backend);
  ~TestDatabase();
  const std::string& url() const { return url_; }

 private:
  Backend backend_;
  std::string url_;
  std::string pg_name_;
  std::string temp_path_;
};

}  // namespace bizline::testing
