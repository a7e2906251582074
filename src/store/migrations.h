#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace childrecord {

// One migration script, embedded at build time from src/store/migrations/.
struct MigrationScript {
  int version;
  const char* name;
  const char* dialect;  // "both", "sqlite" or "postgres"
  const char* sql;
};

// All scripts in file-name order (generated).
const std::vector<MigrationScript>& MigrationScripts();

// Applies every migration version the database has not yet recorded in schema_migrations, each
// in its own transaction, holding a lock so two servers starting at once do not race.
// Returns the number of versions applied.
Result<int> ApplyMigrations(Connection& connection, const std::string& applied_at);

}  // namespace childrecord
