#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "store/database.h"

struct sqlite3;

namespace childrecord {

// The file that holds the access log of the SQLite database at `database_path`.
std::string SqliteAccessLogPath(const std::string& database_path);

// A connection to one SQLite file in WAL mode with foreign keys on, a busy timeout, and
// synchronous=FULL (a committed transaction survives power loss, not only a crash).
// Prepared statements are cached per connection. Not thread safe (see Connection).
//
// SQLite has one writer at a time. Within this process, write transactions queue for it on a
// mutex shared by every connection to the same file (taken by BeginWrite, given back by Commit or
// Rollback on the same thread), so a writer waits its turn and is woken at once, instead of
// polling with the busy handler's backoff and failing with "database is locked" when the disk is
// slow. Other processes (a second server, the command line) still meet the busy timeout. A thread
// must not begin a second write transaction while it holds one (it would wait on itself).
//
// The access log (a row for every read, SPEC §4) is in a file of its own beside the database,
// SqliteAccessLogPath(path), attached to every connection as the schema `audit` (migration 0034
// moved it there), so statements name `access_log` as before. Why: in WAL mode SQLite drops a
// connection's whole page cache when any other connection has committed to the file since, and
// every read commits its access-log row, so with one file every request started from a cold
// cache. Now a read commits only to the access log's file and the record's pages stay cached.
// The price: a transaction that writes to both files (a recorded entry and its access-log row) is
// atomic in each file but not across them if the machine stops in the middle of its COMMIT (WAL
// mode has no super-journal); the caller is not answered before both are durable, so nothing
// acknowledged is lost, and verify checks each file's chains on their own (docs/journal-format.md).
class SqliteConnection final : public Connection {
 public:
  // Opens (creating if needed) the file at `path` and its access log's file; refuses an access
  // log's file whose database is missing (it belongs to another database).
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
  SqliteConnection(sqlite3* db, std::shared_ptr<std::mutex> write_gate);
  Error ErrorFromCode(int code, std::string_view context) const;
  // Puts the attached database `schema` ("main", "audit") in WAL mode.
  Status UseWal(const std::string& schema);

  sqlite3* db_;
  std::unique_ptr<StatementCache> cache_;
  std::shared_ptr<std::mutex> write_gate_;  // shared by the process's connections to this file
  std::unique_lock<std::mutex> writing_;    // held from BeginWrite to Commit or Rollback
};

}  // namespace childrecord
