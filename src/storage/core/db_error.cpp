#include "storage/core/db_error.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sqlite3.h>

#include <string>

namespace bizline {
namespace {

Error FromSqlite(const soci::sqlite3_soci_error& e) {
  const std::string what = e.what();
  switch (e.result() & 0xFF) {
    case SQLITE_CONSTRAINT:
      if (what.find("UNIQUE") != std::string::npos || what.find("PRIMARY KEY") != std::string::npos) {
        return Error::Exists("the record already exists");
      }
      if (what.find("FOREIGN KEY") != std::string::npos)
        return Error::Precondition("a referenced record does not exist");
      return Error::Precondition("a stored constraint was violated: " + what);
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error::Unavailable("the database is busy; retry");
    default: return Error::Unavailable("database error: " + what);
  }
}

Error FromPostgres(const soci::postgresql_soci_error& e) {
  const std::string state = e.sqlstate();
  if (state == "23505") return Error::Exists("the record already exists");
  if (state == "23503") return Error::Precondition("a referenced record does not exist");
  if (state.rfind("23", 0) == 0)
    return Error::Precondition(std::string("a stored constraint was violated: ") + e.what());
  if (state == "40001" || state == "40P01") return Error::Unavailable("a concurrent transaction conflicted; retry");
  return Error::Unavailable(std::string("database error: ") + e.what());
}

}  // namespace

Error TranslateDbError(const std::exception& e) {
  if (const auto* s = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) return FromSqlite(*s);
  if (const auto* p = dynamic_cast<const soci::postgresql_soci_error*>(&e)) return FromPostgres(*p);
  if (const auto* soci_error = dynamic_cast<const soci::soci_error*>(&e)) {
    if (soci_error->get_error_category() == soci::soci_error::constraint_violation) {
      return Error::Precondition(std::string("a stored constraint was violated: ") + e.what());
    }
  }
  return Error::Unavailable(std::string("database error: ") + e.what());
}

}  // namespace bizline
