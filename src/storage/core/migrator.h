// Applies the numbered SQL migrations embedded in the binary, once each, in order, under a
// lock so that two servers starting together do not both migrate.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "storage/core/soci_storage.h"

namespace soci {
class session;
}

namespace bizline {

// Rewrites the dialect placeholders of a migration and splits it into statements.
std::vector<std::string> MigrationStatements(std::string_view sql, Dialect dialect);

// Returns the number of migrations applied; throws soci errors (callers use Guarded).
int ApplyMigrations(soci::session& session, Dialect dialect);

}  // namespace bizline
