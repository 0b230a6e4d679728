// The two SQL backends bizline runs on; the SQL is written once in the dialect both accept and
// branches on this only where they differ (locking, upserts, migrations).
#pragma once

namespace bizline {

enum class Dialect { kSqlite, kPostgres };

}  // namespace bizline
