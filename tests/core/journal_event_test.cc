#include "core/journal_event.h"

#include <gtest/gtest.h>

#include "core/sha256.h"
#include "core/time_format.h"

namespace childrecord {
namespace {

JournalEvent Sample() {
  JournalEvent e;
  e.tenant_id = "t1";
  e.seq = 1;
  e.recorded_at = *ParseRfc3339("2026-11-24T10:00:00Z");
  e.actor = "system";
  e.type = "tenant.initialised";
  e.payload = Json{{"name", "Durham"}};
  e.payload_sha256 = Sha256Hex(CanonicalJson(e.payload).value());
  e.prev_hash = kGenesisHash;
  return e;
}

TEST(Sha256, KnownVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// The documented header (docs/journal-format.md) is exactly what is hashed.
TEST(JournalEvent, HashIsSha256OfCanonicalHeader) {
  JournalEvent e = Sample();
  std::string header =
      R"({"actor":"system","payload_sha256":")" + e.payload_sha256 + R"(","prev_hash":")" + std::string(kGenesisHash) +
      R"(","recorded_at":"2026-11-24T10:00:00.000000Z","seq":1,"tenant_id":"t1","type":"tenant.initialised"})";
  EXPECT_EQ(ComputeEventHash(e), Sha256Hex(header));
}

TEST(JournalEvent, EveryHeaderFieldChangesTheHash) {
  const std::string base = ComputeEventHash(Sample());
  auto changed = [&](auto mutate) {
    JournalEvent e = Sample();
    mutate(e);
    return ComputeEventHash(e) != base;
  };
  EXPECT_TRUE(changed([](JournalEvent& e) { e.seq = 2; }));
  EXPECT_TRUE(changed([](JournalEvent& e) { e.actor = "someone"; }));
  EXPECT_TRUE(changed([](JournalEvent& e) { e.type = "x"; }));
  EXPECT_TRUE(changed([](JournalEvent& e) { e.tenant_id = "t2"; }));
  EXPECT_TRUE(changed([](JournalEvent& e) { e.recorded_at += std::chrono::microseconds(1); }));
  EXPECT_TRUE(changed([](JournalEvent& e) { e.payload_sha256[0] = 'f'; }));
  EXPECT_TRUE(changed([](JournalEvent& e) { e.prev_hash[0] = '1'; }));
}

}  // namespace
}  // namespace childrecord
