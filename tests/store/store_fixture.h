#pragma once
// Shared fixture for tests that need a real store: every such test runs against both backends
// (SPEC §3 "Every store test runs against both").
//
// Use:
//   class MyTest : public childrecord::testing::BackendTest {};
//   TEST_P(MyTest, Something) { auto tenant = store().CreateTenant("Durham"); ... }
//   CHILDRECORD_INSTANTIATE_BACKENDS(MyTest);
//
// Each test gets a fresh, empty database: a new SQLite file in a temporary directory, or a new
// PostgreSQL database made with CREATE DATABASE on the cluster named by the URL in the file
// $CHILDRECORD_TEST_PG_URL_FILE (written by tests/support/pg-cluster.sh; ctest starts that
// cluster as the `postgres` fixture), or by $CHILDRECORD_TEST_PG_URL. Without either, the
// PostgreSQL variants fail with a message saying so, unless CHILDRECORD_SKIP_POSTGRES=1.
// The database is removed (file deleted / DROP DATABASE) when the test ends.
//
// Link the `childrecord_store_fixture` library (tests/store/CMakeLists.txt) to use this.

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "record/read_models.h"
#include "store/database.h"
#include "store/store.h"
#include "store/verify.h"

namespace childrecord::testing {

enum class Backend { kSqlite, kPostgres };

// "sqlite" or "postgres"; used in test names (e.g. Backends/JournalTest.Append/postgres).
std::string BackendName(Backend backend);
std::string BackendParamName(const ::testing::TestParamInfo<Backend>& info);
inline void PrintTo(Backend backend, std::ostream* os) { *os << BackendName(backend); }

// A fresh database for one test; removed on destruction.
class TestDatabase {
 public:
  // The outcome of Create: a database, or the reason there is none and whether that is a skip
  // (CHILDRECORD_SKIP_POSTGRES=1) or a failure.
  struct Made {
    std::unique_ptr<TestDatabase> database;
    std::string problem;
    bool skip = false;
  };
  static Made Create(Backend backend);

  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  Backend backend() const { return backend_; }
  // The --db URL of this database (sqlite:///... or postgresql://...).
  const std::string& url() const { return url_; }

 private:
  TestDatabase(Backend backend, std::string url) : backend_(backend), url_(std::move(url)) {}

  Backend backend_;
  std::string url_;
  std::string sqlite_dir_;   // SQLite: the temporary directory holding the file
  std::string pg_admin_url_;  // PostgreSQL: where to DROP DATABASE from
  std::string pg_database_;
};

// The URL of the PostgreSQL test cluster's admin database, or the reason there is none.
Result<std::string> PostgresAdminUrl();
// `url` with its database name replaced by `database`.
std::string WithDatabaseName(const std::string& url, const std::string& database);

// The instant every test's clock starts at: Tuesday 24 November 2026, 09:00 UTC.
TimePoint TestEpoch();

// Payloads of the projected event types (see the features' *_events.h for their shapes).
namespace payloads {
Json TeamCreated(const std::string& team_id, const std::string& name);
Json UserAdded(const std::string& user_id, const std::string& username, const std::string& full_name,
               const std::string& role, const std::string& team_id);
Json ChildRecordOpened(const std::string& child_id, const std::string& full_name, const std::string& team_id,
                       const std::string& worker_id, const std::string& date_of_birth = "2015-03-14");
Json PersonAdded(const std::string& person_id, const std::string& full_name, const std::string& phone = "",
                 const std::string& email = "");
Json ChildPersonLinked(const std::string& link_id, const std::string& child_id, const std::string& person_id,
                       const std::string& relationship, bool lives_in_home, bool parental_responsibility);
Json EntryRecorded(const std::string& entry_id, const std::string& child_id, const std::string& practitioner_id,
                   TimePoint occurred_at, const std::string& title, const std::string& body,
                   const std::string& kind = "visit");
}  // namespace payloads

// A small authority written through Store::Append: one team, one practitioner, one child with
// a mother (parental responsibility, lives in the home), and `entries` case notes.
struct SeededRecord {
  Tenant tenant;
  std::string team_id;
  std::string worker_id;
  std::string child_id;
  std::string person_id;
  std::string link_id;
  std::vector<std::string> entry_ids;  // oldest first
};

// Base fixture: a fresh database of the parameter's backend, a Store over it and a FakeClock.
// Every distinct statement the store ran while recording was on, each with the parameters of its
// first run (for EXPLAIN). BackendTest's store records into one. Thread safe.
class StatementLog {
 public:
  void Start() { std::lock_guard lock(mutex_); on_ = true; }
  void Stop() { std::lock_guard lock(mutex_); on_ = false; }
  void Record(std::string_view sql, const std::vector<SqlValue>& params) {
    std::lock_guard lock(mutex_);
    if (on_) first_.emplace(std::string(sql), params);
  }
  std::map<std::string, std::vector<SqlValue>> Statements() const {
    std::lock_guard lock(mutex_);
    return first_;
  }

 private:
  mutable std::mutex mutex_;
  bool on_ = false;
  std::map<std::string, std::vector<SqlValue>> first_;
};

class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  Backend backend() const { return GetParam(); }
  bool postgres() const { return GetParam() == Backend::kPostgres; }
  Store& store() { return *store_; }
  FakeClock& clock() { return clock_; }
  // What the store ran between statements().Start() and Stop().
  StatementLog& statements() { return *statements_; }
  const std::string& db_url() const { return database_->url(); }

  // Closes and reopens the store on the same database (migrations run again).
  void Reopen();
  // Closes the store (every connection); Reopen() opens it again.
  void CloseStore() { store_.reset(); }

  // Runs SQL directly on a connection of the store's pool, as someone with database access
  // would: ExecScript for statements without parameters, Query with them.
  Status RawExec(const std::string& sql);
  Result<SqlRows> RawQuery(const std::string& sql, const std::vector<SqlValue>& params = {});
  // The single value of a one-row, one-column query (test failure otherwise).
  SqlValue RawValue(const std::string& sql, const std::vector<SqlValue>& params = {});

  // Drops the triggers that keep the journal append-only, as an attacker with database access
  // would before tampering.
  void DropJournalTriggers();
  // The same for the access log's triggers (SPEC §2 principle 5).
  void DropAccessLogTriggers();

  // Appends and asserts success; returns the written events.
  std::vector<JournalEvent> MustAppend(const std::string& tenant_id, const std::string& actor,
                                       std::vector<NewEvent> events);
  SeededRecord Seed(const std::string& tenant_name = "Testshire County Council", int entries = 3);

  // VerifyTenant, asserting it could read the database.
  VerifyReport Verify(const Tenant& tenant, const std::optional<Checkpoint>& checkpoint = std::nullopt,
                      const VerifyTuning& tuning = {});

  FakeClock clock_{TestEpoch()};
  std::shared_ptr<StatementLog> statements_ = std::make_shared<StatementLog>();

 private:
  Result<std::unique_ptr<Store>> OpenStore();

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<Store> store_;
};

}  // namespace childrecord::testing

// Runs every TEST_P of `suite` once per backend.
#define CHILDRECORD_INSTANTIATE_BACKENDS(suite)                                                                 \
  INSTANTIATE_TEST_SUITE_P(Backends, suite,                                                                     \
                           ::testing::Values(::childrecord::testing::Backend::kSqlite,                         \
                                             ::childrecord::testing::Backend::kPostgres),                      \
                           ::childrecord::testing::BackendParamName)

// gtest printers for the project's result types, so failures say what went wrong.
namespace childrecord {
inline void PrintTo(const Error& e, std::ostream* os) {
  *os << ErrorCodeName(e.code) << ": " << e.message << (e.field.empty() ? "" : " (field " + e.field + ")");
}
}  // namespace childrecord

// EXPECT/ASSERT that a Status or Result is ok, printing its error otherwise.
#define CR_EXPECT_OK(expr)                                                                   \
  do {                                                                                       \
    const auto& cr_e_ = (expr);                                                              \
    EXPECT_TRUE(cr_e_.ok()) << #expr << " failed: " << ::testing::PrintToString(cr_e_.error()); \
  } while (false)
#define CR_ASSERT_OK(expr)                                                                   \
  do {                                                                                       \
    const auto& cr_e_ = (expr);                                                              \
    ASSERT_TRUE(cr_e_.ok()) << #expr << " failed: " << ::testing::PrintToString(cr_e_.error()); \
  } while (false)
