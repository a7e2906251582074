#pragma once

#include <memory>
#include <string>

#include "store/database.h"

struct sqlite3;

namespace childrecord {

// A connection to one SQLite file in WAL mode with foreign keys on, a busy timeout, and
// synchronous=FULL (a committed transaction survives power loss, not only a crash).
// Prepared statements are cached per connection. Not thread safe (see Connection).
class SqliteConnection final : public Connection {
 public:
  // Opens (creating if needed) the file at `path`.
  static Result<std::unique_ptr<Connection>> Open(const std::string& path);
  ~SqliteConnection() override;

  Dialect dialect() const override { return Dialect::kSqlite; }
  Result<SqlRows> Query(std::string_view sql, const std::vector<SqlValue>& params) override;
  Status ExecScript(std::string_view sql) override;
  Status BeginRead() override;
  Status BeginWrite() override;
  Status Commit() override;
  void Rollback() override;

 private:
  struct StatementCache;
  explicit SqliteConnection(sqlite3* db);
  Error ErrorFromCode(int code, std::string_view context) const;

  sqlite3* db_;
  std::unique_ptr<StatementCache> cache_;
};

}  // namespace childrecord
