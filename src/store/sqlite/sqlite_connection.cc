#include "store/sqlite/sqlite_connection.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <thread>
#include <unordered_map>

#include "store/sqlite/entry_rank.h"

namespace childrecord {

struct SqliteConnection::StatementCache {
  std::unordered_map<std::string, sqlite3_stmt*> statements;
  ~StatementCache() {
    for (auto& [sql, stmt] : statements) sqlite3_finalize(stmt);
  }
};

namespace {

// The write gate of a database file, shared by every connection of this process to it.
std::shared_ptr<std::mutex> WriteGateOf(const std::string& path) {
  static std::mutex registry_mutex;
  static std::unordered_map<std::string, std::weak_ptr<std::mutex>> registry;
  std::error_code ignored;
  const std::string key = std::filesystem::weakly_canonical(path, ignored).string();
  std::lock_guard lock(registry_mutex);
  std::shared_ptr<std::mutex> gate = registry[key].lock();
  if (!gate) {
    gate = std::make_shared<std::mutex>();
    registry[key] = gate;
  }
  return gate;
}

// SQLite keeps allocation statistics by default, under one process-wide mutex taken on every
// allocation: with the server's threads each on its own connection that mutex was the hottest lock
// in a search (a common word's search answered 54% more requests a second without it; see
// docs/performance.md "SQLite's allocation statistics"). Nothing here reads those statistics.
// sqlite3_config only works before SQLite initialises, so it runs once, before the first open.
void ConfigureSqliteOnce() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);  // SQLITE_MISUSE if already initialised: harmless
    return true;
  }();
  (void)configured;
}

}  // namespace

SqliteConnection::SqliteConnection(sqlite3* db, std::shared_ptr<std::mutex> write_gate)
    : db_(db), cache_(std::make_unique<StatementCache>()), write_gate_(std::move(write_gate)) {}

SqliteConnection::~SqliteConnection() {
  cache_.reset();
  sqlite3_close_v2(db_);
}

Error SqliteConnection::ErrorFromCode(int code, std::string_view context) const {
  std::string message = std::string(context) + ": " + sqlite3_errmsg(db_);
  int primary = code & 0xff;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) return Error::Unavailable(message);
  if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) return Error::Conflict(message);
  return Error::Internal(message);
}

Result<std::unique_ptr<Connection>> SqliteConnection::Open(const std::string& path) {
  ConfigureSqliteOnce();
  sqlite3* db = nullptr;
  int rc =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message =
        "Cannot open the SQLite database " + path + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    return Error::Unavailable(message);
  }
  std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db, WriteGateOf(path)));
  sqlite3_busy_timeout(db, 10000);
  sqlite3_extended_result_codes(db, 1);
  CR_RETURN_IF_ERROR(connection->UseWal("main"));
  // The access log's own file (see the class comment), attached before anything is read so that
  // every statement finds `access_log` there; ATTACH creates it if it is missing.
  const std::string access_log_path = SqliteAccessLogPath(path);
  if (auto attached = connection->Query("ATTACH DATABASE ? AS audit", {access_log_path}); !attached.ok()) {
    return attached.error();
  }
  // An access log beside a database with no tables yet belongs to another database (one deleted
  // without it). The migrations create the database's tables before the access log's, in earlier
  // transactions, so a server starting beside another on a new database never sees this.
  CR_ASSIGN_OR_RETURN(SqlRows tables, connection->Query("SELECT (SELECT count(*) FROM main.sqlite_schema), "
                                                        "(SELECT count(*) FROM audit.sqlite_schema)",
                                                        {}));
  if (AsInt(tables[0][0]) == 0 && AsInt(tables[0][1]) > 0) {
    return Error::Unavailable("The access log file " + access_log_path + " belongs to another database: " + path +
                              " is new. Move it away, or restore the database beside it (docs/operations.md, "
                              "\"Backup and restore\")");
  }
  CR_RETURN_IF_ERROR(connection->UseWal("audit"));
  CR_RETURN_IF_ERROR(RegisterEntryRank(db));
  CR_RETURN_IF_ERROR(
      connection->ExecScript("PRAGMA main.synchronous=FULL;"
                             "PRAGMA audit.synchronous=FULL;"
                             "PRAGMA foreign_keys=ON;"
                             "PRAGMA temp_store=MEMORY;"));
  return std::unique_ptr<Connection>(std::move(connection));
}

std::string SqliteAccessLogPath(const std::string& database_path) { return database_path + "-access-log"; }

Status SqliteConnection::UseWal(const std::string& schema) {
  // Switching a new file to WAL takes an exclusive lock that SQLite does not wait for with the
  // busy handler, so connections opening a new file at once (two servers starting) retry here.
  const std::string pragma = "PRAGMA " + schema + ".journal_mode=WAL;";
  Status wal = ExecScript(pragma);
  for (int attempt = 0; attempt < 1000 && !wal.ok() && wal.error().code == ErrorCode::kUnavailable; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    wal = ExecScript(pragma);
  }
  return wal;
}

Result<SqlRows> SqliteConnection::Query(std::string_view sql, const std::vector<SqlValue>& params) {
  auto& cache = cache_->statements;
  std::string key(sql);
  sqlite3_stmt* stmt = nullptr;
  if (auto it = cache.find(key); it != cache.end()) {
    stmt = it->second;
  } else {
    int rc =
        sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) return ErrorFromCode(rc, "SQL prepare failed");
    cache.emplace(std::move(key), stmt);
  }
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  if (static_cast<size_t>(sqlite3_bind_parameter_count(stmt)) != params.size()) {
    return Error::Internal("SQL parameter count mismatch for: " + std::string(sql));
  }
  for (size_t i = 0; i < params.size(); ++i) {
    int index = static_cast<int>(i + 1);
    const SqlValue& p = params[i];
    if (const auto* n = std::get_if<int64_t>(&p)) {
      sqlite3_bind_int64(stmt, index, *n);
    } else if (const auto* s = std::get_if<std::string>(&p)) {
      sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    } else {
      sqlite3_bind_null(stmt, index);
    }
  }
  SqlRows rows;
  const int columns = sqlite3_column_count(stmt);
  while (true) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) {
      Error error = ErrorFromCode(rc, "SQL failed");
      sqlite3_reset(stmt);
      return error;
    }
    SqlRow row;
    row.reserve(columns);
    for (int c = 0; c < columns; ++c) {
      switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_INTEGER:
          row.emplace_back(static_cast<int64_t>(sqlite3_column_int64(stmt, c)));
          break;
        case SQLITE_NULL:
          row.emplace_back(std::monostate{});
          break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          row.emplace_back(std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt, c))));
        }
      }
    }
    rows.push_back(std::move(row));
  }
  sqlite3_reset(stmt);
  return rows;
}

Status SqliteConnection::ExecScript(std::string_view sql) {
  std::string script(sql);
  char* message = nullptr;
  int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    int primary = rc & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) return Error::Unavailable(text);
    return Error::Internal("SQL script failed: " + text);
  }
  return Status::Ok();
}

Status SqliteConnection::BeginRead() { return ExecScript("BEGIN DEFERRED"); }
Status SqliteConnection::BeginWrite() {
  writing_ = std::unique_lock<std::mutex>(*write_gate_);
  Status begun = ExecScript("BEGIN IMMEDIATE");
  if (!begun.ok()) writing_.unlock();
  return begun;
}

Status SqliteConnection::Commit() {
  Status committed = ExecScript("COMMIT");
  // A failed COMMIT can leave the transaction open; the caller's Rollback then gives the gate back.
  if (writing_.owns_lock() && sqlite3_get_autocommit(db_)) writing_.unlock();
  return committed;
}

void SqliteConnection::Rollback() {
  if (!sqlite3_get_autocommit(db_)) (void)ExecScript("ROLLBACK");
  if (writing_.owns_lock()) writing_.unlock();
}

}  // namespace childrecord
