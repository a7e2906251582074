// verify spells the chains' headers straight into text (store/verify_hashes.h) instead of through
// a JSON object. SPEC §2 principle 2 (the journal's chain) and principle 5 (the access log's) hold
// only if the hash is the same as the one the store wrote: these tests hold EventHash and
// AccessLogHash to ComputeEventHash and ComputeAccessLogHash, on plain fields and on every kind of
// character that canonical JSON escapes or that is not ASCII.
#include "store/verify_hashes.h"

#include <gtest/gtest.h>

#include "core/time_format.h"

namespace childrecord::testing {
namespace {

const std::vector<std::string> kTexts = {
    "",
    "system",
    "0d4f6c1e-6a43-4a53-9d1c-1f7b4f7f2a10",
    "entry.recorded",
    "a \"quoted\" word",
    "back\\slash",
    "tab\there",
    "line\nbreak",
    std::string("nul\0byte", 8),
    "\x7f",
    "Zoë Ní Bhriain",
    "日本",
    "\xff\xfe not UTF-8",
    "~!@#$%^&*()_+{}|:<>?`-=[];',./",
};

TEST(VerifyHashesTest, EventHashIsComputeEventHash_Principle2) {
  JournalEvent e;
  e.tenant_id = "t-1";
  e.seq = 42;
  e.recorded_at = *ParseRfc3339("2026-11-24T09:00:00.123456Z");
  e.actor = "u-1";
  e.type = "entry.recorded";
  e.payload_sha256 = std::string(64, 'a');
  e.prev_hash = kGenesisHash;
  EXPECT_EQ(verify::EventHash(e), ComputeEventHash(e));
  for (const std::string& text : kTexts) {
    for (std::string JournalEvent::*field : {&JournalEvent::tenant_id, &JournalEvent::actor, &JournalEvent::type,
                                             &JournalEvent::payload_sha256, &JournalEvent::prev_hash}) {
      JournalEvent changed = e;
      changed.*field = text;
      if (!CanonicalJson(EventHeaderJson(changed)).ok()) {
        // ComputeEventHash throws on such a header; verify calls the event's header altered.
        EXPECT_EQ(verify::EventHash(changed), "") << text;
        continue;
      }
      EXPECT_EQ(verify::EventHash(changed), ComputeEventHash(changed)) << text;
    }
  }
  for (int64_t seq : {int64_t{0}, int64_t{-7}, int64_t{1} << 62}) {
    e.seq = seq;
    EXPECT_EQ(verify::EventHash(e), ComputeEventHash(e)) << seq;
  }
}

TEST(VerifyHashesTest, AccessLogHashIsComputeAccessLogHash_Principle5) {
  AccessLogEntry e;
  e.tenant_id = "t-1";
  e.seq = 7;
  e.recorded_at = *ParseRfc3339("2026-11-24T09:00:00Z");
  e.user_id = "u-1";
  e.child_id = "c-1";
  e.action = "child.read";
  e.detail = "overview";
  e.address = "127.0.0.1";
  e.outcome = "allowed";
  e.prev_hash = kGenesisHash;
  EXPECT_EQ(verify::AccessLogHash(e), ComputeAccessLogHash(e));
  for (const std::string& text : kTexts) {
    for (std::string AccessLogEntry::*field :
         {&AccessLogEntry::tenant_id, &AccessLogEntry::user_id, &AccessLogEntry::child_id, &AccessLogEntry::action,
          &AccessLogEntry::detail, &AccessLogEntry::address, &AccessLogEntry::reason, &AccessLogEntry::outcome,
          &AccessLogEntry::prev_hash}) {
      AccessLogEntry changed = e;
      changed.*field = text;
      EXPECT_EQ(verify::AccessLogHash(changed), ComputeAccessLogHash(changed)) << text;
    }
  }
}

}  // namespace
}  // namespace childrecord::testing
