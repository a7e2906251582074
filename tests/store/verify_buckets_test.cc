// verify at an authority's size: the journal is checked by several threads and the tables are
// rebuilt and compared bucket by bucket (store/verify_buckets.h), so that memory does not grow with
// the authority (SPEC §5: verify at the large authority's size). SPEC §2 principle 2 ("Provably
// unaltered": verify recomputes the chain and the current-state tables and reports the first
// mismatch) must hold exactly as when one thread replayed the whole journal into memory: these
// tests run verify with many small buckets, small batches and several threads over many children,
// and tamper with one of them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/ids.h"
#include "core/sha256.h"
#include "core/time_format.h"
#include "features/children/children_events.h"
#include "features/entries/entries_events.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

using ::testing::HasSubstr;

constexpr int kChildren = 12;
constexpr int kEntriesEach = 3;

// Buckets of about 3 events' rows, batches of 4 rows, 3 threads: every row boundary, batch
// boundary and bucket is exercised by a few dozen events.
const VerifyTuning kSmall{.threads = 3, .events_per_bucket = 3, .rows_per_batch = 4};

class VerifyBucketsTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Many Children Council", 2);
    for (int c = 0; c < kChildren; ++c) {
      const std::string child = NewId();
      children_.push_back(child);
      MustAppend(r_.tenant.id, r_.worker_id,
                 {{events::kChildRecordOpened,
                   payloads::ChildRecordOpened(child, "Child " + std::to_string(c), r_.team_id, r_.worker_id)}});
      for (int e = 0; e < kEntriesEach; ++e) {
        clock().Advance(std::chrono::minutes(10));
        const std::string entry = NewId();
        entries_.push_back(entry);
        MustAppend(
            r_.tenant.id, r_.worker_id,
            {{events::kEntryRecorded,
              payloads::EntryRecorded(entry, child, r_.worker_id, clock().Now() - std::chrono::minutes(5),
                                      "Visit " + std::to_string(e), "Child " + std::to_string(c) + " was well.")}});
      }
      auto logged = store().AppendAccessLog(
          r_.tenant.id, NewAccessLogEntry{r_.worker_id, child, "child.read", "overview", "127.0.0.1", "", "allowed"});
      ASSERT_TRUE(logged.ok()) << logged.error().message;
    }
    events_ = store().Head(r_.tenant.id)->seq;
  }

  VerifyReport VerifySmall(const std::optional<Checkpoint>& checkpoint = std::nullopt) {
    return Verify(r_.tenant, checkpoint, kSmall);
  }

  void Exec(const std::string& sql, const std::vector<SqlValue>& params) {
    auto result = RawQuery(sql, params);
    ASSERT_TRUE(result.ok()) << sql << ": " << result.error().message;
  }

  SeededRecord r_;
  std::vector<std::string> children_;
  std::vector<std::string> entries_;
  int64_t events_ = 0;
};

TEST_P(VerifyBucketsTest, ManyChildrenVerifyAlikeWhateverTheBucketsAndThreads_Principle2) {
  VerifyReport small = VerifySmall();
  VerifyReport whole = Verify(r_.tenant);
  ASSERT_TRUE(small.ok) << small.problem;
  ASSERT_TRUE(whole.ok) << whole.problem;
  EXPECT_EQ(small.events, events_);
  EXPECT_EQ(small.head_hash, whole.head_hash);
  EXPECT_EQ(small.access_log_rows, kChildren);
  EXPECT_EQ(small.access_log_head, whole.access_log_head);
}

TEST_P(VerifyBucketsTest, EditedRowOfOneChildAmongManyIsCaughtAndNamed_Principle2) {
  const std::string& entry = entries_[kEntriesEach * 7 + 1];
  Exec("UPDATE entries SET title = ? WHERE tenant_id = ? AND id = ?", {"Nothing happened", r_.tenant.id, entry});
  VerifyReport report = VerifySmall();
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 0);
  EXPECT_THAT(report.problem, HasSubstr("Table entries, row " + entry +
                                        ", column title holds 'Nothing happened' "
                                        "but the journal says 'Visit 1'"));
}

TEST_P(VerifyBucketsTest, RemovedAndAddedRowsAmongManyAreCaught_Principle2) {
  // Each tampering on its own: with both at once, which is named first follows the order the
  // features register their tables in, which this test is not about.
  const std::string forged = NewId();
  Exec("INSERT INTO people (tenant_id, id, full_name) VALUES (?, ?, 'Invented Person')", {r_.tenant.id, forged});
  VerifyReport added = VerifySmall();
  EXPECT_FALSE(added.ok);
  EXPECT_THAT(added.problem, HasSubstr("Table people has a row " + forged + " that no event in the journal created"));
  Exec("DELETE FROM people WHERE tenant_id = ? AND id = ?", {r_.tenant.id, forged});
  EXPECT_TRUE(VerifySmall().ok);

  Exec("DELETE FROM entries WHERE tenant_id = ? AND id = ?", {r_.tenant.id, entries_[5]});
  VerifyReport removed = VerifySmall();
  EXPECT_FALSE(removed.ok);
  EXPECT_THAT(removed.problem, HasSubstr("Table entries is missing 1 of the " +
                                         std::to_string(kChildren * kEntriesEach + 2) + " rows the journal creates"));
}

TEST_P(VerifyBucketsTest, FirstBadEventIsNamedWhicheverThreadFoundIt_Principle2) {
  DropJournalTriggers();
  // Two tampered events in different batches: the earlier one is named, as a walk in order finds it.
  const int64_t later = events_ - 3, earlier = events_ / 2;
  for (int64_t seq : {later, earlier}) {
    Exec(
        "UPDATE journal_payloads SET payload = replace(payload, 'was well', 'was hurt') WHERE tenant_id = ? AND "
        "seq = ?",
        {r_.tenant.id, seq});
  }
  VerifyReport report = VerifySmall();
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, earlier);
  EXPECT_THAT(report.problem, HasSubstr("Event " + std::to_string(earlier) + " (entry.recorded)"));
  EXPECT_EQ(report.events, earlier - 1);

  // An event removed at a batch boundary (batches of 4: events 1-4, 5-8, ...) breaks the chain there.
  Exec("DELETE FROM journal_payloads WHERE tenant_id = ? AND seq = 9", {r_.tenant.id});
  Exec("DELETE FROM journal WHERE tenant_id = ? AND seq = 9", {r_.tenant.id});
  VerifyReport gap = VerifySmall();
  EXPECT_FALSE(gap.ok);
  EXPECT_EQ(gap.first_bad_seq, 9);
  EXPECT_THAT(gap.problem, HasSubstr("Event 9 is missing: the journal jumps from event 8 to event 10"));
}

TEST_P(VerifyBucketsTest, EditedAccessLogRowInALaterBatchIsCaught_Principle5) {
  DropAccessLogTriggers();
  Exec("UPDATE access_log SET detail = 'nothing' WHERE tenant_id = ? AND seq = 10", {r_.tenant.id});
  VerifyReport report = VerifySmall();
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_access_seq, 10);
  EXPECT_EQ(report.access_log_rows, 9);
  EXPECT_THAT(report.problem, HasSubstr("Access log row 10: its content does not match its hash"));
}

// An event that is whole in itself (its payload, hashes and link all good) but cannot be replayed
// after the ones before it: it opens a record that is already open. Its mutation goes to one bucket
// and is found there, after the journal's walk; it must still be named before a problem the walk
// found at a later event.
TEST_P(VerifyBucketsTest, EventThatCannotBeReplayedIsNamedBeforeLaterProblems_Principle2) {
  DropJournalTriggers();
  auto head = store().Head(r_.tenant.id);
  ASSERT_TRUE(head.ok());
  const std::string opened = AsText(
      RawValue("SELECT p.payload FROM journal_payloads p JOIN journal j ON j.tenant_id = p.tenant_id AND j.seq = p.seq "
               "WHERE j.tenant_id = ? AND j.type = ? ORDER BY j.seq LIMIT 1 OFFSET 3",
               {r_.tenant.id, std::string(events::kChildRecordOpened)}));
  // Two forged events after the head: a second opening of that record, correctly chained, then one
  // whose payload does not match its hash.
  std::string prev = head->hash;
  for (int64_t seq : {head->seq + 1, head->seq + 2}) {
    JournalEvent e;
    e.tenant_id = r_.tenant.id;
    e.seq = seq;
    e.recorded_at = clock().Now();
    e.actor = r_.worker_id;
    e.type = events::kChildRecordOpened;
    e.payload_sha256 = Sha256Hex(opened);
    e.prev_hash = prev;
    e.hash = ComputeEventHash(e);
    Exec(
        "INSERT INTO journal (tenant_id, seq, recorded_at, actor, type, payload_sha256, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {e.tenant_id, e.seq, FormatUtc(e.recorded_at), e.actor, e.type, e.payload_sha256, e.prev_hash, e.hash});
    Exec("INSERT INTO journal_payloads (tenant_id, seq, payload) VALUES (?, ?, ?)",
         {e.tenant_id, e.seq, seq == head->seq + 1 ? opened : opened + " "});
    prev = e.hash;
  }
  VerifyReport report = VerifySmall();
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, head->seq + 1);
  EXPECT_THAT(report.problem, HasSubstr("Event " + std::to_string(head->seq + 1) + " (child.record_opened)"));
  EXPECT_THAT(report.problem, HasSubstr("is inserted twice"));
  EXPECT_EQ(report.events, head->seq);
  EXPECT_EQ(report.head_hash, head->hash);
}

CHILDRECORD_INSTANTIATE_BACKENDS(VerifyBucketsTest);

}  // namespace
}  // namespace childrecord::testing
