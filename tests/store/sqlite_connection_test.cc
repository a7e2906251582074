// SQLite's connection: the access log in a file of its own beside the database (SPEC §4, every
// read is logged; store/sqlite/sqlite_connection.h says why), so that a read's commit leaves the
// record's file, and every other connection's cache of its pages, as they were.
#include "store/sqlite/sqlite_connection.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "core/clock.h"
#include "store/store.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

using ::testing::HasSubstr;

class SqliteAccessLogFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/childrecord-sqlite-test.XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    dir_ = pattern;
    path_ = (dir_ / "record.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string url() const { return "sqlite://" + path_; }

  // One read of a child's record, as the access log holds it.
  static NewAccessLogEntry ARead() { return {"worker", "child", "child.read", "", "192.0.2.1", "", "allowed"}; }

  // Opens a store, makes a tenant and logs one read of a child's record; returns the tenant's id.
  std::string LogOneRead() {
    auto store = Store::Open(url(), clock_, 2);
    EXPECT_TRUE(store.ok()) << store.error().message;
    if (!store.ok()) return "";
    auto tenant = (*store)->CreateTenant("Two Files Council");
    EXPECT_TRUE(tenant.ok());
    auto logged = (*store)->AppendAccessLog(tenant->id, ARead());
    EXPECT_TRUE(logged.ok()) << logged.error().message;
    return tenant->id;
  }

  // One number from `sql` run on the file at `file` alone, without the other file attached.
  static int64_t CountIn(const std::string& file, const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    int64_t count = -1;
    if (stmt && sqlite3_step(stmt) == SQLITE_ROW) count = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return count;
  }

  static void RemoveWithItsLogs(const std::string& file) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file + suffix);
  }

  FakeClock clock_{TestEpoch()};
  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(SqliteAccessLogFileTest, TheAccessLogIsInAFileOfItsOwn_Principle5) {
  LogOneRead();
  EXPECT_EQ(SqliteAccessLogPath(path_), path_ + "-access-log");
  EXPECT_EQ(CountIn(path_, "SELECT count(*) FROM sqlite_schema WHERE name = 'access_log'"), 0);
  EXPECT_EQ(CountIn(SqliteAccessLogPath(path_), "SELECT count(*) FROM access_log WHERE action = 'child.read'"), 1);
  // Append-only in its own file too.
  auto store = Store::Open(url(), clock_, 1);
  ASSERT_TRUE(store.ok());
  auto db = (*store)->pool().Acquire();
  ASSERT_TRUE(db.ok());
  EXPECT_FALSE((*db)->Exec("DELETE FROM access_log").ok());
  EXPECT_FALSE((*db)->Exec("UPDATE access_log SET reason = 'changed'").ok());
}

TEST_F(SqliteAccessLogFileTest, LoggingAReadLeavesTheRecordsFileUnchanged_Principle5) {
  const std::string tenant_id = LogOneRead();
  auto store = Store::Open(url(), clock_, 2);
  ASSERT_TRUE(store.ok());
  auto watcher = SqliteConnection::Open(path_);
  ASSERT_TRUE(watcher.ok());
  // PRAGMA data_version changes when another connection has committed to that file: SQLite then
  // drops this connection's cached pages of it.
  auto versions = [&] {
    auto of = [&](const std::string& schema) -> int64_t {
      auto rows = (*watcher)->Query("PRAGMA " + schema + ".data_version", {});
      EXPECT_TRUE(rows.ok()) << rows.error().message;
      return rows.ok() ? AsInt((*rows)[0][0]) : -1;
    };
    return std::pair(of("main"), of("audit"));
  };
  const auto before = versions();
  ASSERT_TRUE((*store)->AppendAccessLog(tenant_id, ARead()).ok());
  const auto after = versions();
  EXPECT_EQ(after.first, before.first) << "the record's file changed: every connection's cache of it is dropped";
  EXPECT_NE(after.second, before.second);
}

TEST_F(SqliteAccessLogFileTest, AMissingAccessLogFileStopsTheStartAndNamesIt_Principle5) {
  LogOneRead();
  RemoveWithItsLogs(SqliteAccessLogPath(path_));
  auto store = Store::Open(url(), clock_, 1);
  ASSERT_FALSE(store.ok());
  EXPECT_THAT(store.error().message, HasSubstr(SqliteAccessLogPath(path_) + " of the database " + path_));
  EXPECT_THAT(store.error().message, HasSubstr("restore it from the same backup"));
}

TEST_F(SqliteAccessLogFileTest, AnAccessLogBesideANewDatabaseIsRefused_Principle5) {
  LogOneRead();
  RemoveWithItsLogs(path_);
  auto store = Store::Open(url(), clock_, 1);
  ASSERT_FALSE(store.ok());
  EXPECT_THAT(store.error().message, HasSubstr(SqliteAccessLogPath(path_) + " belongs to another database"));
  // Nothing of the old access log was touched.
  EXPECT_EQ(CountIn(SqliteAccessLogPath(path_), "SELECT count(*) FROM access_log"), 1);
}

}  // namespace
}  // namespace childrecord::testing
