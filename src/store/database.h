#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace childrecord {

// A value in or out of SQL. Booleans are stored as 0/1; instants as RFC 3339 UTC text
// (core/time_format.h); JSON as text. Keeping to three types keeps both backends identical.
using SqlValue = std::variant<std::monostate, int64_t, std::string>;
using SqlRow = std::vector<SqlValue>;
using SqlRows = std::vector<SqlRow>;

inline bool IsNull(const SqlValue& v) { return std::holds_alternative<std::monostate>(v); }
// The text of a value ("" for NULL, decimal for integers).
std::string AsText(const SqlValue& v);
// The integer of a value (0 for NULL; text is parsed).
int64_t AsInt(const SqlValue& v);

enum class Dialect { kSqlite, kPostgres };

// One connection to a database: the storage "Env" of this project. Store code is written once
// against this interface; SqliteConnection and PostgresConnection implement it, and tests wrap
// it to inject faults.
//
// SQL uses `?` placeholders in both dialects (the PostgreSQL connection rewrites them to $n).
// Not thread safe: one thread uses a connection at a time (ConnectionPool hands them out).
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;

  // Runs one statement and returns its rows (empty for statements without results).
  // Errors: kConflict for a uniqueness/serialisation failure, kUnavailable when the database
  // cannot be reached or is busy past its timeout, kInternal otherwise (message has the detail).
  virtual Result<SqlRows> Query(std::string_view sql, const std::vector<SqlValue>& params) = 0;

  // Runs a script of several statements without parameters (migrations).
  virtual Status ExecScript(std::string_view sql) = 0;

  // Transactions. BeginWrite takes the database's write lock at once (SQLite BEGIN IMMEDIATE),
  // so a transaction that will write never fails half way for want of the lock.
  virtual Status BeginRead() = 0;
  virtual Status BeginWrite() = 0;
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;

  // Convenience: Query and discard rows.
  Status Exec(std::string_view sql, const std::vector<SqlValue>& params = {}) {
    auto rows = Query(sql, params);
    if (!rows.ok()) return rows.error();
    return Status::Ok();
  }
};

}  // namespace childrecord
