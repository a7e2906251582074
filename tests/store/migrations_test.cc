// Schema migrations and the database's own refusal to change the journal.
// SPEC §3 (versioned migrations applied on start) and SPEC §2 principle 1, nothing is ever lost:
// the database itself refuses UPDATE and DELETE on the journal (triggers in both backends).
#include "store/migrations.h"

#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "core/time_format.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class MigrationsTest : public BackendTest {};

TEST_P(MigrationsTest, ApplyOnceAndReopeningIsANoOp) {
  const int64_t versions = [&] {
    std::set<int> v;  // a version with files for the other backend only is not applied here
    for (const auto& s : MigrationScripts()) {
      if (std::string(s.dialect) == "both" || std::string(s.dialect) == BackendName(backend())) v.insert(s.version);
    }
    return static_cast<int64_t>(v.size());
  }();
  ASSERT_GE(versions, 1);
  EXPECT_EQ(AsInt(RawValue("SELECT COUNT(*) FROM schema_migrations")), versions);
  const std::string applied_at = AsText(RawValue("SELECT applied_at FROM schema_migrations WHERE version = 1"));

  // Running them again on an up-to-date database applies nothing.
  {
    auto db = store().pool().Acquire();
    ASSERT_TRUE(db.ok());
    auto applied = ApplyMigrations(**db, FormatUtc(clock().Now()));
    ASSERT_TRUE(applied.ok()) << applied.error().message;
    EXPECT_EQ(*applied, 0);
  }

  auto tenant = store().CreateTenant("Reopen Borough");
  ASSERT_TRUE(tenant.ok());
  clock().Advance(std::chrono::hours(24));
  Reopen();
  EXPECT_EQ(AsInt(RawValue("SELECT COUNT(*) FROM schema_migrations")), versions);
  EXPECT_EQ(AsText(RawValue("SELECT applied_at FROM schema_migrations WHERE version = 1")), applied_at);
  // The data is still there and still verifies.
  auto found = store().FindTenant("Reopen Borough");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->id, tenant->id);
  EXPECT_TRUE(Verify(*tenant).ok);
}

TEST_P(MigrationsTest, TwoStoresOpeningTheSameDatabaseBothSucceed) {
  // A second server starting on the same, already migrated database.
  auto second = Store::Open(db_url(), clock());
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_TRUE((*second)->Ping().ok());
}

// Several servers starting at once on a new, empty database: each either migrates it or finds
// it migrated, and the migrations are applied exactly once.
TEST_P(MigrationsTest, ServersStartingTogetherOnAnEmptyDatabaseAllSucceed) {
  for (int round = 0; round < 3; ++round) {
    TestDatabase::Made fresh = TestDatabase::Create(backend());
    ASSERT_TRUE(fresh.database) << fresh.problem;
    constexpr int kServers = 4;
    std::vector<std::string> errors(kServers);
    std::vector<std::thread> threads;
    for (int i = 0; i < kServers; ++i) {
      threads.emplace_back([&, i] {
        auto opened = Store::Open(fresh.database->url(), clock(), 2);
        if (!opened.ok()) errors[i] = opened.error().message;
      });
    }
    for (auto& t : threads) t.join();
    for (int i = 0; i < kServers; ++i) EXPECT_EQ(errors[i], "") << "server " << i << " in round " << round;
    auto check = Store::Open(fresh.database->url(), clock(), 1);
    ASSERT_TRUE(check.ok());
    auto db = (*check)->pool().Acquire();
    ASSERT_TRUE(db.ok());
    auto rows = (*db)->Query("SELECT COUNT(*) FROM schema_migrations WHERE version = 1", {});
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(AsInt((*rows)[0][0]), 1);
  }
}

// Principle 1: the database refuses UPDATE and DELETE on the journal, whoever asks.
TEST_P(MigrationsTest, JournalTriggersRefuseUpdateAndDelete_Principle1) {
  auto tenant = store().CreateTenant("Trigger Council");
  ASSERT_TRUE(tenant.ok());
  const std::vector<SqlValue> key{tenant->id};
  const std::string hash = AsText(RawValue("SELECT hash FROM journal WHERE tenant_id = ? AND seq = 1", key));

  for (const char* sql :
       {"UPDATE journal SET actor = 'mallory' WHERE tenant_id = ?", "UPDATE journal SET seq = 7 WHERE tenant_id = ?",
        "DELETE FROM journal WHERE tenant_id = ?", "UPDATE journal_payloads SET payload = '{}' WHERE tenant_id = ?",
        "DELETE FROM journal_payloads WHERE tenant_id = ?"}) {
    auto result = RawQuery(sql, key);
    ASSERT_FALSE(result.ok()) << sql << " was allowed";
    EXPECT_NE(result.error().message.find("append-only"), std::string::npos) << result.error().message;
  }
  // Without a WHERE clause too (SQLite's truncate optimisation must not bypass the trigger).
  EXPECT_FALSE(RawExec("DELETE FROM journal_payloads").ok());
  EXPECT_FALSE(RawExec("DELETE FROM journal").ok());
  if (postgres()) {
    EXPECT_FALSE(RawExec("TRUNCATE journal_payloads").ok());
    EXPECT_FALSE(RawExec("TRUNCATE journal CASCADE").ok());
  }

  EXPECT_EQ(AsInt(RawValue("SELECT COUNT(*) FROM journal WHERE tenant_id = ?", key)), 1);
  EXPECT_EQ(AsInt(RawValue("SELECT COUNT(*) FROM journal_payloads WHERE tenant_id = ?", key)), 1);
  EXPECT_EQ(AsText(RawValue("SELECT actor FROM journal WHERE tenant_id = ?", key)), "system");
  EXPECT_EQ(AsText(RawValue("SELECT hash FROM journal WHERE tenant_id = ? AND seq = 1", key)), hash);
  EXPECT_TRUE(Verify(*tenant).ok);
  // Appending still works after the refusals.
  auto head = store().Head(tenant->id);
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->seq, 1);
}

TEST_P(MigrationsTest, ForeignKeysAreEnforced) {
  // SQLite needs PRAGMA foreign_keys=ON on every connection; PostgreSQL always enforces them.
  auto result = RawQuery(
      "INSERT INTO journal (tenant_id, seq, recorded_at, actor, type, payload_sha256, prev_hash, "
      "hash) VALUES ('no-such-tenant', 1, 'x', 'x', 'x', 'x', 'x', 'x')");
  EXPECT_FALSE(result.ok());
}

CHILDRECORD_INSTANTIATE_BACKENDS(MigrationsTest);

}  // namespace
}  // namespace childrecord::testing
