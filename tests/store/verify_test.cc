// Tamper tests: someone with direct access to the database changes the record, and verify must
// catch it and say where. SPEC §2 principle 2 ("Provably unaltered": `verify` recomputes the chain
// and the current-state tables and reports the first mismatch): tampering with the database
// directly (editing a payload, deleting the last event, reordering) is caught, each one, including
// when events after a checkpoint were removed.
//
// Each test first drops the append-only triggers, as an attacker with database access would.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "core/canonical_json.h"
#include "core/ids.h"
#include "core/sha256.h"
#include "core/time_format.h"
#include "features/people/people_events.h"
#include "store/checkpoint.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

using ::testing::HasSubstr;

class VerifyTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    // Events: 1 tenant.initialised, 2 team.created, 3 user.added, 4 child.record_opened,
    // 5 person.added, 6 child.person_linked, 7..9 entry.recorded.
    r_ = Seed("Tamper County Council", 3);
    ASSERT_EQ(store().Head(r_.tenant.id)->seq, 9);
  }

  Checkpoint TakeCheckpoint() {
    auto key = MakeKey();
    auto checkpoint = MakeCheckpoint(store(), r_.tenant, key);
    EXPECT_TRUE(checkpoint.ok());
    return checkpoint.ok() ? *checkpoint : Checkpoint{};
  }

  static std::string MakeKey() {
    std::string pattern = (std::filesystem::temp_directory_path() / "childrecord-key.XXXXXX").string();
    EXPECT_NE(mkdtemp(pattern.data()), nullptr);
    auto key = LoadOrCreateSigningKey(pattern + "/checkpoint.key");
    std::filesystem::remove_all(pattern);
    EXPECT_TRUE(key.ok());
    return key.ok() ? *key : "";
  }

  void Exec(const std::string& sql, const std::vector<SqlValue>& params) {
    auto result = RawQuery(sql, params);
    ASSERT_TRUE(result.ok()) << sql << ": " << result.error().message;
  }

  std::string Payload(int64_t seq) {
    return AsText(RawValue("SELECT payload FROM journal_payloads WHERE tenant_id = ? AND seq = ?", {r_.tenant.id, seq}));
  }

  // Deletes an event from the journal and its payload, as an attacker would.
  void DeleteEvent(int64_t seq) {
    Exec("DELETE FROM journal_payloads WHERE tenant_id = ? AND seq = ?", {r_.tenant.id, seq});
    Exec("DELETE FROM journal WHERE tenant_id = ? AND seq = ?", {r_.tenant.id, seq});
  }

  void ExpectGood() {
    VerifyReport report = Verify(r_.tenant);
    EXPECT_TRUE(report.ok) << report.problem;
  }

  SeededRecord r_;
};

TEST_P(VerifyTest, GoodJournalVerifies_Principle2) {
  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
  EXPECT_EQ(report.events, 9);
  EXPECT_EQ(report.head_hash, store().Head(r_.tenant.id)->hash);
  EXPECT_EQ(report.first_bad_seq, 0);
  EXPECT_TRUE(report.problem.empty());
  // With a checkpoint of the head, and with one that later events have overtaken.
  Checkpoint checkpoint = TakeCheckpoint();
  EXPECT_TRUE(Verify(r_.tenant, checkpoint).ok);
  MustAppend(r_.tenant.id, r_.worker_id, {{events::kPersonAdded, payloads::PersonAdded(NewId(), "Uncle Joe")}});
  VerifyReport later = Verify(r_.tenant, checkpoint);
  EXPECT_TRUE(later.ok) << later.problem;
  EXPECT_EQ(later.events, 10);
}

// Principle 2: editing what an entry says is caught at that event.
TEST_P(VerifyTest, EditedPayloadIsCaughtAtItsEvent_Principle2) {
  DropJournalTriggers();
  const std::string original = Payload(8);
  std::string edited = original;
  const size_t at = edited.find("Note 2.");
  ASSERT_NE(at, std::string::npos) << original;
  edited.replace(at, 7, "Note 9.");
  Exec("UPDATE journal_payloads SET payload = ? WHERE tenant_id = ? AND seq = ?", {edited, r_.tenant.id, int64_t{8}});
  // The projection matches it already (the entry's text is read from this event), so only the
  // journal's hashes can tell.

  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 8);
  EXPECT_THAT(report.problem, HasSubstr("Event 8"));
  EXPECT_THAT(report.problem, HasSubstr("payload"));

  // A payload that means the same but is spelled differently is also a change of the bytes.
  Exec("UPDATE journal_payloads SET payload = ? WHERE tenant_id = ? AND seq = ?",
       {original + " ", r_.tenant.id, int64_t{8}});
  report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 8);

  // Putting it back makes the record verify again: verify compares, it does not remember.
  Exec("UPDATE journal_payloads SET payload = ? WHERE tenant_id = ? AND seq = ?", {original, r_.tenant.id, int64_t{8}});
  ExpectGood();
}

// Principle 2: rewriting a payload together with its recorded SHA-256 breaks the event's hash.
TEST_P(VerifyTest, EditedPayloadAndItsHashIsCaught_Principle2) {
  DropJournalTriggers();
  Json payload = Json::parse(Payload(5));
  payload["full_name"] = "Someone Else";
  const std::string text = CanonicalJson(payload).value();
  Exec("UPDATE journal_payloads SET payload = ? WHERE tenant_id = ? AND seq = ?", {text, r_.tenant.id, int64_t{5}});
  Exec("UPDATE journal SET payload_sha256 = ? WHERE tenant_id = ? AND seq = ?",
       {Sha256Hex(text), r_.tenant.id, int64_t{5}});
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 5);
  EXPECT_THAT(report.problem, HasSubstr("Event 5"));
  EXPECT_THAT(report.problem, HasSubstr("header"));
}

// Principle 2 / R26, R28: who wrote an event and when are part of what the chain proves.
TEST_P(VerifyTest, EditedHeaderFieldIsCaughtAndNamed_Principle2) {
  DropJournalTriggers();
  struct Case {
    const char* column;
    std::string value;
    int64_t seq;
  };
  for (const Case& c : {Case{"actor", NewId(), 7}, Case{"recorded_at", "2026-11-23T09:00:00.000000Z", 8},
                        Case{"type", "entry.recorded", 5}, Case{"prev_hash", std::string(64, 'a'), 3}}) {
    SCOPED_TRACE(c.column);
    const std::vector<SqlValue> key{r_.tenant.id, c.seq};
    const std::string original =
        AsText(RawValue(std::string("SELECT ") + c.column + " FROM journal WHERE tenant_id = ? AND seq = ?", key));
    Exec(std::string("UPDATE journal SET ") + c.column + " = ? WHERE tenant_id = ? AND seq = ?",
         {c.value, r_.tenant.id, c.seq});
    VerifyReport report = Verify(r_.tenant);
    EXPECT_FALSE(report.ok);
    EXPECT_EQ(report.first_bad_seq, c.seq);
    EXPECT_THAT(report.problem, HasSubstr("Event " + std::to_string(c.seq)));
    Exec(std::string("UPDATE journal SET ") + c.column + " = ? WHERE tenant_id = ? AND seq = ?",
         {original, r_.tenant.id, c.seq});
    ExpectGood();
  }
}

// Principle 2, deleting the last event: the rows it created no longer come from any event.
TEST_P(VerifyTest, DeletedLastEventIsCaught_Principle2) {
  Checkpoint before = TakeCheckpoint();  // a checkpoint someone kept before the deletion
  DropJournalTriggers();
  DeleteEvent(9);

  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, HasSubstr("entries"));
  EXPECT_THAT(report.problem, HasSubstr(r_.entry_ids[2]));
  EXPECT_THAT(report.problem, HasSubstr("no event in the journal created"));

  // With the checkpoint, verify says plainly that events were removed after it.
  VerifyReport with_checkpoint = Verify(r_.tenant, before);
  EXPECT_FALSE(with_checkpoint.ok);
  EXPECT_EQ(with_checkpoint.first_bad_seq, 9);
  EXPECT_THAT(with_checkpoint.problem, HasSubstr("events were removed"));
}

// A careful attacker also deletes the rows the event created: the journal alone is then a
// shorter, consistent chain, which is exactly what a checkpoint kept elsewhere is for.
TEST_P(VerifyTest, DeletedLastEventWithItsRowsIsCaughtByACheckpoint_Principle2) {
  Checkpoint before = TakeCheckpoint();
  DropJournalTriggers();
  DeleteEvent(9);
  Exec("DELETE FROM entries WHERE tenant_id = ? AND id = ?", {r_.tenant.id, r_.entry_ids[2]});
  Exec("DELETE FROM entry_versions WHERE tenant_id = ? AND entry_id = ?", {r_.tenant.id, r_.entry_ids[2]});

  VerifyReport alone = Verify(r_.tenant);
  EXPECT_TRUE(alone.ok) << "without a checkpoint a cleanly truncated journal is indistinguishable";
  EXPECT_EQ(alone.events, 8);

  VerifyReport report = Verify(r_.tenant, before);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 9);
  EXPECT_THAT(report.problem, HasSubstr("ends at event 8"));
  EXPECT_THAT(report.problem, HasSubstr("events were removed"));
}

TEST_P(VerifyTest, DeletedMiddleEventIsCaught_Principle2) {
  DropJournalTriggers();
  DeleteEvent(5);
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 5);
  EXPECT_THAT(report.problem, HasSubstr("Event 5 is missing"));
}

TEST_P(VerifyTest, DeletedPayloadIsCaught_Principle2) {
  DropJournalTriggers();
  Exec("DELETE FROM journal_payloads WHERE tenant_id = ? AND seq = ?", {r_.tenant.id, int64_t{6}});
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 6);
  EXPECT_THAT(report.problem, HasSubstr("payload is missing"));
}

// Principle 2, reordering: two events swap places (their seq numbers, payloads travelling with them).
TEST_P(VerifyTest, ReorderedEventsAreCaught_Principle2) {
  DropJournalTriggers();
  auto db = store().pool().Acquire();
  ASSERT_TRUE(db.ok());
  Connection& c = **db;
  ASSERT_TRUE(c.BeginWrite().ok());
  const std::string p7 = Payload(7), p8 = Payload(8);
  const std::string& t = r_.tenant.id;
  for (const char* sql :
       {"DELETE FROM journal_payloads WHERE tenant_id = ? AND seq IN (7, 8)",
        "UPDATE journal SET seq = -7 WHERE tenant_id = ? AND seq = 7",
        "UPDATE journal SET seq = 7 WHERE tenant_id = ? AND seq = 8",
        "UPDATE journal SET seq = 8 WHERE tenant_id = ? AND seq = -7"}) {
    auto result = c.Query(sql, {t});
    ASSERT_TRUE(result.ok()) << sql << ": " << result.error().message;
  }
  ASSERT_TRUE(c.Query("INSERT INTO journal_payloads (tenant_id, seq, payload) VALUES (?, 7, ?), (?, 8, ?)",
                      {t, p8, t, p7})
                  .ok());
  ASSERT_TRUE(c.Commit().ok());

  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 7);
  EXPECT_THAT(report.problem, HasSubstr("Event 7"));
}

// Principle 2: verify recomputes the current-state tables from the journal.
TEST_P(VerifyTest, EditedProjectionRowIsCaughtAndNamed_Principle2) {
  Exec("UPDATE children SET full_name = 'Someone Else' WHERE tenant_id = ? AND id = ?", {r_.tenant.id, r_.child_id});
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, HasSubstr("children"));
  EXPECT_THAT(report.problem, HasSubstr(r_.child_id));
  EXPECT_THAT(report.problem, HasSubstr("full_name"));
  EXPECT_THAT(report.problem, HasSubstr("'Someone Else'"));
  EXPECT_THAT(report.problem, HasSubstr("'Amara Okafor'"));

  Exec("UPDATE children SET full_name = 'Amara Okafor' WHERE tenant_id = ? AND id = ?", {r_.tenant.id, r_.child_id});
  ExpectGood();
  // Flags and NULLs are compared too: R28's late mark, R3's parental responsibility, an address.
  Exec("UPDATE entries SET late = 1 WHERE tenant_id = ? AND id = ?", {r_.tenant.id, r_.entry_ids[0]});
  report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, HasSubstr("column late"));
  Exec("UPDATE entries SET late = 0 WHERE tenant_id = ?", {r_.tenant.id});
  Exec("UPDATE child_people SET parental_responsibility = 0 WHERE tenant_id = ?", {r_.tenant.id});
  report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, HasSubstr("parental_responsibility"));
  Exec("UPDATE child_people SET parental_responsibility = 1 WHERE tenant_id = ?", {r_.tenant.id});
  Exec("UPDATE people SET address = '1 High Street' WHERE tenant_id = ?", {r_.tenant.id});
  report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, HasSubstr("column address holds '1 High Street' but the journal says NULL"));
}

TEST_P(VerifyTest, RemovedProjectionRowIsCaught_Principle2) {
  Exec("DELETE FROM entries WHERE tenant_id = ? AND id = ?", {r_.tenant.id, r_.entry_ids[1]});
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, HasSubstr("entries"));
  EXPECT_THAT(report.problem, HasSubstr("missing 1 of the 3 rows"));
}

TEST_P(VerifyTest, AddedProjectionRowIsCaught_Principle2) {
  const std::string forged = NewId();
  Exec("INSERT INTO people (tenant_id, id, full_name) VALUES (?, ?, 'Invented Person')", {r_.tenant.id, forged});
  VerifyReport report = Verify(r_.tenant);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, HasSubstr("people"));
  EXPECT_THAT(report.problem, HasSubstr(forged));
}

// The strongest attacker rewrites an event and recomputes every hash after it, and the
// projections to match. The chain is then self-consistent; a checkpoint signed before the
// rewrite still shows that the journal is not the one it signed.
TEST_P(VerifyTest, RewrittenChainIsCaughtByACheckpoint_Principle2) {
  Checkpoint before = TakeCheckpoint();
  DropJournalTriggers();
  const std::string& t = r_.tenant.id;
  auto rows = RawQuery("SELECT j.seq, j.recorded_at, j.actor, j.type, p.payload FROM journal j JOIN journal_payloads "
                       "p ON p.tenant_id = j.tenant_id AND p.seq = j.seq WHERE j.tenant_id = ? AND j.seq >= 7 "
                       "ORDER BY j.seq",
                       {t});
  ASSERT_TRUE(rows.ok());
  std::string prev = AsText(RawValue("SELECT hash FROM journal WHERE tenant_id = ? AND seq = 6", {t}));
  for (const SqlRow& row : *rows) {
    JournalEvent e;
    e.tenant_id = t;
    e.seq = AsInt(row[0]);
    e.recorded_at = *ParseRfc3339(AsText(row[1]));
    e.actor = AsText(row[2]);
    e.type = AsText(row[3]);
    Json payload = Json::parse(AsText(row[4]));
    if (e.seq == 7) payload["body"] = "Nothing of concern was seen.";
    const std::string text = CanonicalJson(payload).value();
    e.payload_sha256 = Sha256Hex(text);
    e.prev_hash = prev;
    e.hash = ComputeEventHash(e);
    prev = e.hash;
    Exec("UPDATE journal_payloads SET payload = ? WHERE tenant_id = ? AND seq = ?", {text, t, e.seq});
    Exec("UPDATE journal SET payload_sha256 = ?, prev_hash = ?, hash = ? WHERE tenant_id = ? AND seq = ?",
         {e.payload_sha256, e.prev_hash, e.hash, t, e.seq});
  }

  EXPECT_TRUE(Verify(r_.tenant).ok) << "a fully recomputed chain is self-consistent";
  VerifyReport report = Verify(r_.tenant, before);
  EXPECT_FALSE(report.ok);
  EXPECT_EQ(report.first_bad_seq, 9);
  EXPECT_THAT(report.problem, HasSubstr("rewritten"));
}

// A checkpoint whose signed fields were edited (to fit a shortened or rewritten journal) is
// rejected before anything else.
TEST_P(VerifyTest, ForgedCheckpointHasAnInvalidSignature_Principle2) {
  Checkpoint good = TakeCheckpoint();
  ASSERT_TRUE(CheckpointSignatureValid(good));

  Checkpoint seq = good;
  seq.seq = 8;
  Checkpoint hash = good;
  hash.hash = store().Head(r_.tenant.id)->hash;
  hash.hash[0] = hash.hash[0] == 'a' ? 'b' : 'a';
  Checkpoint when = good;
  when.signed_at = "2026-01-01T00:00:00.000000Z";
  Checkpoint signature = good;
  signature.signature[10] = signature.signature[10] == '0' ? '1' : '0';
  for (const Checkpoint& forged : {seq, hash, when, signature}) {
    EXPECT_FALSE(CheckpointSignatureValid(forged));
    VerifyReport report = Verify(r_.tenant, forged);
    EXPECT_FALSE(report.ok);
    EXPECT_THAT(report.problem, HasSubstr("signature is not valid"));
  }

  // A checkpoint of another tenant is not evidence about this one.
  auto other = store().CreateTenant("Other Council");
  ASSERT_TRUE(other.ok());
  auto foreign = MakeCheckpoint(store(), *other, MakeKey());
  ASSERT_TRUE(foreign.ok());
  VerifyReport report = Verify(r_.tenant, *foreign);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, HasSubstr("another tenant"));
}

CHILDRECORD_INSTANTIATE_BACKENDS(VerifyTest);

}  // namespace
}  // namespace childrecord::testing
