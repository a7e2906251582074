// Signed checkpoints of a journal head: `childrecord checkpoint` prints a signed head (sequence,
// hash, Ed25519 signature with a key kept outside the database); SPEC §6 (the checkpoint command)
// and §2 principle 2.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "audit/access_log_entry.h"
#include "core/ids.h"
#include "core/time_format.h"
#include "store/checkpoint.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

// A temporary directory for key files, removed afterwards.
class TempDir {
 public:
  TempDir() {
    path_ = (std::filesystem::temp_directory_path() / "childrecord-checkpoint.XXXXXX").string();
    if (mkdtemp(path_.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed";
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

TEST(CheckpointKey, KeyFileIsCreatedOwnerOnlyAndReused) {
  TempDir dir;
  const std::string path = dir.File("checkpoint.key");
  // Even with a permissive umask the key file is readable by its owner alone.
  const mode_t old_mask = umask(0);
  auto key = LoadOrCreateSigningKey(path);
  umask(old_mask);
  ASSERT_TRUE(key.ok()) << key.error().message;
  EXPECT_EQ(key->size(), 128u);  // hex of libsodium's 64-byte Ed25519 secret key
  struct stat st {};
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);

  auto again = LoadOrCreateSigningKey(path);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *key);

  auto other = LoadOrCreateSigningKey(dir.File("other.key"));
  ASSERT_TRUE(other.ok());
  EXPECT_NE(*other, *key);
}

TEST(CheckpointKey, ANonKeyFileIsRefused) {
  TempDir dir;
  const std::string path = dir.File("bad.key");
  std::ofstream(path) << "not a key\n";
  auto key = LoadOrCreateSigningKey(path);
  ASSERT_FALSE(key.ok());
  EXPECT_EQ(key.error().code, ErrorCode::kValidation);
}

TEST(CheckpointKey, AKeyFileInAMissingDirectoryIsAnError) {
  TempDir dir;
  auto key = LoadOrCreateSigningKey(dir.File("no/such/dir/key"));
  EXPECT_FALSE(key.ok());
}

class CheckpointTest : public BackendTest {
 protected:
  // Reads the tenant's access log, rewrites it with `change` applied to every row, recomputes every
  // hash and link so that the chain checks out on its own, and writes it back: what someone with
  // write access to the database could do to hide a read (SPEC §2 principle 5).
  void RewriteAccessLog(const Tenant& tenant, const std::function<void(AccessLogEntry&)>& change) {
    std::vector<AccessLogEntry> rows;
    {
      auto snapshot = store().OpenSnapshot(tenant.id);
      ASSERT_TRUE(snapshot.ok());
      ASSERT_TRUE(snapshot->ForEachAccessLogEntry([&](const AccessLogEntry& row) {
                    rows.push_back(row);
                    return Status::Ok();
                  }).ok());
    }
    DropAccessLogTriggers();
    std::string prev = kGenesisHash;
    for (AccessLogEntry& row : rows) {
      change(row);
      row.prev_hash = prev;
      row.hash = ComputeAccessLogHash(row);
      prev = row.hash;
      auto updated = RawQuery("UPDATE access_log SET reason = ?, prev_hash = ?, hash = ? WHERE tenant_id = ? AND seq = ?",
                                {row.reason, row.prev_hash, row.hash, tenant.id, row.seq});
      ASSERT_TRUE(updated.ok()) << updated.error().message;
    }
  }
};

TEST_P(CheckpointTest, MakeAndCheckRoundTrip_Principle2) {
  SeededRecord r = Seed("Checkpoint Council", 2);
  TempDir dir;
  auto key = LoadOrCreateSigningKey(dir.File("checkpoint.key"));
  ASSERT_TRUE(key.ok());
  clock().Set(*ParseRfc3339("2026-12-01T12:00:00Z"));

  auto checkpoint = MakeCheckpoint(store(), r.tenant, *key);
  ASSERT_TRUE(checkpoint.ok()) << checkpoint.error().message;
  auto head = store().Head(r.tenant.id);
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(checkpoint->tenant_id, r.tenant.id);
  EXPECT_EQ(checkpoint->tenant_name, "Checkpoint Council");
  EXPECT_EQ(checkpoint->seq, head->seq);
  EXPECT_EQ(checkpoint->hash, head->hash);
  EXPECT_EQ(checkpoint->signed_at, "2026-12-01T12:00:00.000000Z");
  EXPECT_EQ(checkpoint->public_key.size(), 64u);
  EXPECT_EQ(checkpoint->signature.size(), 128u);
  EXPECT_TRUE(CheckpointSignatureValid(*checkpoint));

  // Through its JSON file form and back, still valid.
  Json json = checkpoint->ToJson();
  EXPECT_EQ(json["algorithm"], "ed25519");
  auto parsed = Checkpoint::FromJson(Json::parse(json.dump()));
  ASSERT_TRUE(parsed.ok());
  EXPECT_TRUE(CheckpointSignatureValid(*parsed));
  EXPECT_EQ(parsed->seq, checkpoint->seq);
  VerifyReport report = Verify(r.tenant, *parsed);
  EXPECT_TRUE(report.ok) << report.problem;

  // The same key signs the same way: the public key identifies the keeper.
  auto second = MakeCheckpoint(store(), r.tenant, *key);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->public_key, checkpoint->public_key);

  // A checkpoint signed by another key does not carry this key's signature.
  auto other_key = LoadOrCreateSigningKey(dir.File("other.key"));
  ASSERT_TRUE(other_key.ok());
  Checkpoint swapped = *checkpoint;
  swapped.public_key = MakeCheckpoint(store(), r.tenant, *other_key)->public_key;
  EXPECT_FALSE(CheckpointSignatureValid(swapped));

  Json incomplete = json;
  incomplete.erase("signature");
  EXPECT_FALSE(Checkpoint::FromJson(incomplete).ok());
  EXPECT_FALSE(MakeCheckpoint(store(), r.tenant, "00ff").ok());
  Checkpoint garbage = *checkpoint;
  garbage.public_key = "zz";
  EXPECT_FALSE(CheckpointSignatureValid(garbage));
}

// A tenant whose journal is still empty (e.g. a crash between creating the tenant and its
// first event): its checkpoint signs the genesis hash and verifies.
TEST_P(CheckpointTest, CheckpointOfAnEmptyJournalVerifies) {
  const Tenant tenant{NewId(), "Empty Council"};
  auto inserted = RawQuery("INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)",
                           {tenant.id, tenant.name, FormatUtc(clock().Now())});
  ASSERT_TRUE(inserted.ok()) << inserted.error().message;
  TempDir dir;
  auto key = LoadOrCreateSigningKey(dir.File("checkpoint.key"));
  ASSERT_TRUE(key.ok());
  auto checkpoint = MakeCheckpoint(store(), tenant, *key);
  ASSERT_TRUE(checkpoint.ok());
  EXPECT_EQ(checkpoint->seq, 0);
  EXPECT_EQ(checkpoint->hash, kGenesisHash);
  VerifyReport report = Verify(tenant, *checkpoint);
  EXPECT_TRUE(report.ok) << report.problem;
}

// The access log's head is signed too: a rewrite with every hash recomputed, or the newest rows
// deleted, passes the chain check alone but not a checkpoint made before it (principle 5).
TEST_P(CheckpointTest, ACheckpointProvesTheAccessLogToo_Principle5) {
  SeededRecord r = Seed("Access Log Council", 1);
  for (int i = 0; i < 4; ++i) {
    auto row = store().AppendAccessLog(r.tenant.id, NewAccessLogEntry{r.worker_id, r.child_id, "child.read", "",
                                                                      "192.0.2.1", "Covering the duty desk", "allowed"});
    ASSERT_TRUE(row.ok()) << row.error().message;
  }
  TempDir dir;
  auto key = LoadOrCreateSigningKey(dir.File("checkpoint.key"));
  ASSERT_TRUE(key.ok());
  auto checkpoint = MakeCheckpoint(store(), r.tenant, *key);
  ASSERT_TRUE(checkpoint.ok());
  auto head = store().AccessLogHead(r.tenant.id);
  ASSERT_TRUE(head.ok());
  EXPECT_TRUE(checkpoint->has_access_log);
  EXPECT_EQ(checkpoint->access_log_seq, head->seq);
  EXPECT_EQ(checkpoint->access_log_hash, head->hash);
  EXPECT_GE(checkpoint->access_log_seq, 4);
  // The access-log head is part of what is signed.
  Checkpoint moved = *checkpoint;
  moved.access_log_seq -= 1;
  EXPECT_FALSE(CheckpointSignatureValid(moved));
  auto parsed = Checkpoint::FromJson(Json::parse(checkpoint->ToJson().dump()));
  ASSERT_TRUE(parsed.ok());
  EXPECT_TRUE(CheckpointSignatureValid(*parsed));
  EXPECT_TRUE(Verify(r.tenant, *parsed).ok);

  // Rows written after the checkpoint are fine.
  ASSERT_TRUE(store().AppendAccessLog(r.tenant.id, NewAccessLogEntry{r.worker_id, r.child_id, "child.read", "",
                                                                     "192.0.2.1", "", "allowed"}).ok());
  EXPECT_TRUE(Verify(r.tenant, *parsed).ok);

  // A reason rewritten, every hash recomputed: the chain alone cannot tell; the checkpoint can.
  RewriteAccessLog(r.tenant, [](AccessLogEntry& row) {
    if (!row.reason.empty()) row.reason = "Nothing to see here";
  });
  EXPECT_TRUE(Verify(r.tenant).ok);
  VerifyReport rewritten = Verify(r.tenant, *parsed);
  EXPECT_FALSE(rewritten.ok);
  EXPECT_THAT(rewritten.problem, ::testing::HasSubstr("the access log was rewritten"));
  EXPECT_EQ(rewritten.first_bad_access_seq, checkpoint->access_log_seq);
}

TEST_P(CheckpointTest, DeletingTheNewestAccessLogRowsIsFound_Principle5) {
  SeededRecord r = Seed("Deleted Rows Council", 1);
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(store().AppendAccessLog(r.tenant.id, NewAccessLogEntry{r.worker_id, r.child_id, "child.read", "",
                                                                       "192.0.2.1", "", "allowed"}).ok());
  }
  TempDir dir;
  auto key = LoadOrCreateSigningKey(dir.File("checkpoint.key"));
  ASSERT_TRUE(key.ok());
  auto checkpoint = MakeCheckpoint(store(), r.tenant, *key);
  ASSERT_TRUE(checkpoint.ok());
  DropAccessLogTriggers();
  auto deleted = RawQuery("DELETE FROM access_log WHERE tenant_id = ? AND seq > ?",
                          {r.tenant.id, checkpoint->access_log_seq - 2});
  ASSERT_TRUE(deleted.ok()) << deleted.error().message;
  EXPECT_TRUE(Verify(r.tenant).ok);  // what is left still chains
  VerifyReport report = Verify(r.tenant, *checkpoint);
  EXPECT_FALSE(report.ok);
  EXPECT_THAT(report.problem, ::testing::HasSubstr("access-log rows were removed"));
}

// A checkpoint made before checkpoints signed the access log still proves the journal.
TEST_P(CheckpointTest, AnOlderCheckpointWithoutTheAccessLogStillProvesTheJournal) {
  SeededRecord r = Seed("Older Checkpoint Council", 1);
  TempDir dir;
  auto key = LoadOrCreateSigningKey(dir.File("checkpoint.key"));
  ASSERT_TRUE(key.ok());
  auto checkpoint = MakeCheckpoint(store(), r.tenant, *key);
  ASSERT_TRUE(checkpoint.ok());
  Json old = checkpoint->ToJson();
  old.erase("access_log_seq");
  old.erase("access_log_hash");
  auto parsed = Checkpoint::FromJson(old);
  ASSERT_TRUE(parsed.ok());
  EXPECT_FALSE(parsed->has_access_log);
  // Its signature was over the journal fields only; this one's was not, so it does not check.
  EXPECT_FALSE(CheckpointSignatureValid(*parsed));
}

CHILDRECORD_INSTANTIATE_BACKENDS(CheckpointTest);

}  // namespace
}  // namespace childrecord::testing
