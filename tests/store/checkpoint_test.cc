// Signed checkpoints of a journal head. Issue 2 point 4 ("`childrecord checkpoint` prints a
// signed head (sequence, hash, Ed25519 signature with a key kept outside the database)");
// SPEC §2 principle 2.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "core/ids.h"
#include "core/time_format.h"
#include "record/event_types.h"
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

class CheckpointTest : public BackendTest {};

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

CHILDRECORD_INSTANTIATE_BACKENDS(CheckpointTest);

}  // namespace
}  // namespace childrecord::testing
