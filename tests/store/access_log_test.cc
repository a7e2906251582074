// The access log (SPEC §2 principle 5: "Every read of a child's record is logged"; §4): a
// hash-chained, append-only log per tenant, safe under concurrent appends, checked by verify, which
// catches tampering. And restricted records (SPEC §4; R48) are left out of searches. Every test
// runs on SQLite and PostgreSQL.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "core/ids.h"
#include "core/time_format.h"
#include "features/children/child_repository.h"
#include "features/entries/entries_events.h"
#include "features/restriction/restriction_events.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

using ::testing::HasSubstr;

class AccessLogTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Access Log County Council", 1);
  }

  AccessLogEntry MustLog(const std::string& action, const std::string& reason = "", const std::string& user = "") {
    auto e = store().AppendAccessLog(r_.tenant.id, NewAccessLogEntry{user.empty() ? r_.worker_id : user, r_.child_id,
                                                                     action, "", "192.0.2.1", reason, "allowed"});
    EXPECT_TRUE(e.ok()) << e.error().message;
    return e.ok() ? *e : AccessLogEntry{};
  }

  SeededRecord r_;
};

TEST_P(AccessLogTest, RowsChainFromGenesisAndVerify_Principle5) {
  AccessLogEntry a = MustLog("child.read");
  clock().Advance(std::chrono::seconds(5));
  AccessLogEntry b = MustLog("child.entries", "Covering for a colleague");
  EXPECT_EQ(a.seq, 1);
  EXPECT_EQ(a.prev_hash, kGenesisHash);
  EXPECT_EQ(b.seq, 2);
  EXPECT_EQ(b.prev_hash, a.hash);
  EXPECT_EQ(b.hash, ComputeAccessLogHash(b));
  EXPECT_EQ(b.hash.size(), 64u);
  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.access_log_rows, 2);
  EXPECT_EQ(report.access_log_head, b.hash);
}

TEST_P(AccessLogTest, ConcurrentAppendsFromManyThreadsChainCorrectly_Principle5) {
  constexpr int kThreads = 6, kEach = 15;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        auto e = store().AppendAccessLog(
            r_.tenant.id, NewAccessLogEntry{r_.worker_id, r_.child_id, "child.read", "", "192.0.2.2", "", "allowed"});
        if (!e.ok()) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.access_log_rows, kThreads * kEach);
}

// Rows of different tenants committed together (group commit) still chain each in its own log,
// and every caller gets its own row back, numbered in its tenant's order.
TEST_P(AccessLogTest, ConcurrentAppendsOfTwoTenantsChainEachInItsOwnLog_Principle5) {
  const SeededRecord other = Seed("Second Borough Council", 1);
  constexpr int kThreads = 8, kEach = 10;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  std::mutex mutex;
  std::map<std::string, std::set<int64_t>> seqs;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const SeededRecord& r = t % 2 == 0 ? r_ : other;
      for (int i = 0; i < kEach; ++i) {
        auto e = store().AppendAccessLog(
            r.tenant.id, NewAccessLogEntry{r.worker_id, r.child_id, "child.read", "", "192.0.2.3", "", "allowed"});
        if (!e.ok()) {
          ++failures;
          continue;
        }
        std::lock_guard lock(mutex);
        EXPECT_EQ(e->tenant_id, r.tenant.id);
        EXPECT_TRUE(seqs[r.tenant.id].insert(e->seq).second) << "a seq given twice";
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);
  for (const SeededRecord* r : std::vector<const SeededRecord*>{&r_, &other}) {
    VerifyReport report = Verify(r->tenant);
    EXPECT_TRUE(report.ok) << report.problem;
    EXPECT_EQ(report.access_log_rows, kThreads / 2 * kEach);
    EXPECT_EQ(seqs[r->tenant.id].size(), static_cast<size_t>(kThreads / 2 * kEach));
  }
}

// A page view's rows queued without waiting (how the server answers reads): the report comes
// once, after every row is committed (a connection of its own already sees them all), in the
// order queued; a blocking append meanwhile chains after them. Rows whose text is not valid UTF-8
// are refused at once and nothing is queued; with no rows the report is immediate.
TEST_P(AccessLogTest, RowsQueuedWithoutWaitingAreReportedOnceAllAreDurable_Principle5) {
  auto count_rows = [&] {
    auto db = store().pool().Acquire();
    if (!db.ok()) return int64_t{-1};
    auto rows = (*db)->Query("SELECT COUNT(*) FROM access_log WHERE tenant_id = ?", {r_.tenant.id});
    return rows.ok() ? AsInt((*rows)[0][0]) : int64_t{-1};
  };
  constexpr int kViews = 20;
  std::mutex mutex;
  std::vector<int64_t> seen_at_report;
  int reports = 0;
  for (int v = 0; v < kViews; ++v) {
    std::vector<NewAccessLogEntry> rows(
        2, NewAccessLogEntry{r_.worker_id, r_.child_id, "child.page", "overview", "192.0.2.4", "", "allowed"});
    rows[1].detail = "entries";
    store().AppendAccessLogAsync(r_.tenant.id, rows, [&, v](Status logged) {
      EXPECT_TRUE(logged.ok()) << v;
      const int64_t durable = count_rows();
      std::lock_guard lock(mutex);
      ++reports;
      seen_at_report.push_back(durable);
    });
  }
  AccessLogEntry after = MustLog("child.read");
  store().DrainAccessLog();
  EXPECT_EQ(reports, kViews);
  ASSERT_EQ(seen_at_report.size(), static_cast<size_t>(kViews));
  for (int v = 0; v < kViews; ++v) EXPECT_GE(seen_at_report[v], 2 * (v + 1)) << "view " << v << " told too soon";
  EXPECT_EQ(after.seq, 2 * kViews + 1);
  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.access_log_rows, 2 * kViews + 1);

  Status refused = Status::Ok();
  bool told = false;
  store().AppendAccessLogAsync(
      r_.tenant.id,
      {NewAccessLogEntry{r_.worker_id, r_.child_id, "child.read", "", "192.0.2.4", "", "allowed"},
       NewAccessLogEntry{r_.worker_id, r_.child_id, "child.read", "", "192.0.2.4", "bad \xff reason", "allowed"}},
      [&](Status logged) {
        told = true;
        refused = logged;
      });
  EXPECT_TRUE(told);  // at once, on this thread
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kValidation);
  bool empty_told = false;
  store().AppendAccessLogAsync(r_.tenant.id, {}, [&](Status logged) { empty_told = logged.ok(); });
  EXPECT_TRUE(empty_told);
  store().DrainAccessLog();
  EXPECT_EQ(count_rows(), 2 * kViews + 1);  // nothing of the refused view was written
}

// A write brings the access-log row of the decision that allowed it (RecordAccess::
// AuthorizeWrite): the row is chained and committed with the write, in one transaction, and
// stands when the write is refused. Concurrent with rows logged on their own, one chain results.
TEST_P(AccessLogTest, AWritesRowIsCommittedWithItAndStandsWhenTheWriteIsRefused_Principle5) {
  constexpr int kThreads = 6;
  constexpr int kPerThread = 10;
  const int64_t entries_before = AsInt(RawValue("SELECT COUNT(*) FROM entries WHERE tenant_id = ?", {r_.tenant.id}));
  std::vector<std::thread> threads;
  std::atomic<int> unexpected{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        if (t % 2 == 0) {  // a read, logged on its own
          if (!store()
                   .AppendAccessLog(r_.tenant.id, NewAccessLogEntry{r_.worker_id, r_.child_id, "child.read", "",
                                                                    "192.0.2.1", "", "allowed"})
                   .ok()) {
            ++unexpected;
          }
          continue;
        }
        const bool bad = i % 3 == 0;
        Json entry = payloads::EntryRecorded(NewId(), r_.child_id, r_.worker_id, clock().Now(), "Note", "Body");
        if (bad) entry.erase("title");  // the projection refuses an entry without a title
        auto written = store().Append(r_.tenant.id, r_.worker_id, {{events::kEntryRecorded, entry}},
                                      {NewAccessLogEntry{r_.worker_id, r_.child_id, "entry.create",
                                                         bad ? "refused-write" : "write", "192.0.2.1", "", "allowed"}});
        if (bad == written.ok()) ++unexpected;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(unexpected.load(), 0);
  const int writers = kThreads / 2;
  EXPECT_EQ(AsInt(RawValue("SELECT COUNT(*) FROM access_log WHERE tenant_id = ? AND detail = 'write'", {r_.tenant.id})),
            writers * (kPerThread - 4));
  EXPECT_EQ(AsInt(RawValue("SELECT COUNT(*) FROM access_log WHERE tenant_id = ? AND detail = 'refused-write'",
                           {r_.tenant.id})),
            writers * 4)
      << "a refused write's row stands";
  EXPECT_EQ(AsInt(RawValue("SELECT COUNT(*) FROM entries WHERE tenant_id = ?", {r_.tenant.id})),
            entries_before + writers * (kPerThread - 4));
  // Not valid UTF-8: refused before anything is written.
  auto bad_text = store().Append(
      r_.tenant.id, r_.worker_id,
      {{events::kEntryRecorded,
        payloads::EntryRecorded(NewId(), r_.child_id, r_.worker_id, clock().Now(), "Note", "Body")}},
      {NewAccessLogEntry{r_.worker_id, r_.child_id, "entry.create", "", "192.0.2.1", std::string("\xff"), "allowed"}});
  ASSERT_FALSE(bad_text.ok());
  EXPECT_EQ(bad_text.error().code, ErrorCode::kValidation);
  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.access_log_rows, kThreads * kPerThread);
}

TEST_P(AccessLogTest, TheDatabaseRefusesToChangeOrDeleteRows_Principle5) {
  MustLog("child.read");
  EXPECT_FALSE(RawExec("UPDATE access_log SET reason = 'nothing to see'").ok());
  EXPECT_FALSE(RawExec("DELETE FROM access_log").ok());
  EXPECT_TRUE(Verify(r_.tenant).ok);
}

TEST_P(AccessLogTest, VerifyCatchesAnEditedReason_Principle5) {
  MustLog("child.read");
  MustLog("child.read", "Court report due");
  MustLog("child.people");
  DropAccessLogTriggers();
  ASSERT_TRUE(RawQuery("UPDATE access_log SET reason = ? WHERE tenant_id = ? AND seq = 2",
                       {std::string("Looking up my neighbour"), r_.tenant.id})
                  .ok());
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_access_seq, 2);
  EXPECT_THAT(report.problem, HasSubstr("Access log row 2"));
}

TEST_P(AccessLogTest, VerifyCatchesADeletedRow_Principle5) {
  MustLog("child.read");
  MustLog("child.read", "Covering the duty desk");
  MustLog("child.people");
  DropAccessLogTriggers();
  ASSERT_TRUE(RawQuery("DELETE FROM access_log WHERE tenant_id = ? AND seq = 2", {r_.tenant.id}).ok());
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_access_seq, 2);
  EXPECT_THAT(report.problem, HasSubstr("missing"));
}

TEST_P(AccessLogTest, VerifyCatchesAChangedWhoOrWhen_Principle5) {
  MustLog("child.read");
  MustLog("child.read");
  DropAccessLogTriggers();
  ASSERT_TRUE(RawQuery("UPDATE access_log SET recorded_at = ? WHERE tenant_id = ? AND seq = 1",
                       {FormatUtc(TestEpoch() - std::chrono::hours(24)), r_.tenant.id})
                  .ok());
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_access_seq, 1);
}

TEST_P(AccessLogTest, ARestrictedRecordIsLeftOutOfSearchesUnlessNamed_R48) {
  const std::string named = NewId();
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kChildAccessRestricted, Json{{"child_id", r_.child_id},
                                                    {"restricted", true},
                                                    {"named_user_ids", Json::array({named})},
                                                    {"reason", "A member of staff's relative"}}}});
  auto facts = store().GetChildAccess(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(facts.ok());
  EXPECT_TRUE(facts->restricted);
  EXPECT_EQ(facts->named_user_ids, std::vector<std::string>{named});
  EXPECT_TRUE(ChildRepository(store()).SearchChildren(r_.tenant.id, "", 50, "", r_.worker_id)->items.empty());
  EXPECT_TRUE(ChildRepository(store()).SearchChildren(r_.tenant.id, "", 50, "")->items.empty());
  EXPECT_EQ(ChildRepository(store()).SearchChildren(r_.tenant.id, "", 50, "", named)->items.size(), 1u);
  // The restriction is journaled and projected: verify replays it.
  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
  // Lifted again.
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kChildAccessRestricted, Json{{"child_id", r_.child_id},
                                                    {"restricted", false},
                                                    {"named_user_ids", Json::array()},
                                                    {"reason", "No longer needed"}}}});
  EXPECT_EQ(ChildRepository(store()).SearchChildren(r_.tenant.id, "", 50, "", r_.worker_id)->items.size(), 1u);
  EXPECT_TRUE(Verify(r_.tenant).ok);
}

CHILDRECORD_INSTANTIATE_BACKENDS(AccessLogTest);

}  // namespace
}  // namespace childrecord::testing
