#include "store/migrations.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace childrecord {

Result<int> ApplyMigrations(Connection& db, const std::string& applied_at) {
  const bool postgres = db.dialect() == Dialect::kPostgres;
  constexpr char kCreate[] =
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
      "applied_at TEXT NOT NULL)";
  if (postgres) {
    // Under the migrations' lock: PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a
    // concurrent creation (two servers starting at once on an empty database).
    CR_RETURN_IF_ERROR(db.BeginWrite());
    Status created = db.Exec("SELECT pg_advisory_xact_lock(7351020)");
    if (created.ok()) created = db.ExecScript(kCreate);
    if (!created.ok()) {
      db.Rollback();
      return created.error();
    }
    CR_RETURN_IF_ERROR(db.Commit());
  } else {
    CR_RETURN_IF_ERROR(db.ExecScript(kCreate));
  }

  std::map<int, std::vector<const MigrationScript*>> by_version;
  for (const auto& script : MigrationScripts()) {
    std::string dialect = script.dialect;
    if (dialect == "both" || (dialect == "postgres") == postgres) by_version[script.version].push_back(&script);
  }

  // The portable file of a version runs before its backend's own file (which adds triggers to
  // its tables), whatever the file names' sort order ("x.postgres.sql" sorts before "x.sql").
  for (auto& [version, scripts] : by_version) {
    std::stable_partition(scripts.begin(), scripts.end(),
                          [](const MigrationScript* s) { return std::string_view(s->dialect) == "both"; });
  }

  int applied = 0;
  for (const auto& [version, scripts] : by_version) {
    CR_RETURN_IF_ERROR(db.BeginWrite());
    auto run = [&]() -> Status {
      if (postgres) CR_RETURN_IF_ERROR(db.Exec("SELECT pg_advisory_xact_lock(7351020)"));
      CR_ASSIGN_OR_RETURN(SqlRows done, db.Query("SELECT 1 FROM schema_migrations WHERE version = ?", {int64_t{version}}));
      if (!done.empty()) return Status::Ok();
      for (const MigrationScript* script : scripts) CR_RETURN_IF_ERROR(db.ExecScript(script->sql));
      CR_RETURN_IF_ERROR(db.Exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                                 {int64_t{version}, std::string(scripts.front()->name), applied_at}));
      ++applied;
      return Status::Ok();
    };
    Status status = run();
    if (!status.ok()) {
      db.Rollback();
      return Error::Internal("Migration " + std::to_string(version) + " failed: " + status.error().message);
    }
    CR_RETURN_IF_ERROR(db.Commit());
  }
  return applied;
}

}  // namespace childrecord
