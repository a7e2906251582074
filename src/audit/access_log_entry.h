#pragma once

#include <cstdint>
#include <string>

#include "core/canonical_json.h"
#include "core/clock.h"

namespace childrecord {

// One row of a tenant's access log (SPEC §2 principle 5, §4): who read or changed
// which child's record, when, what exactly, from which address, and why when a reason was given.
// The rows form a hash chain per tenant with the journal's rules (core/journal_event.h): each
// row's hash is the SHA-256 of the canonical JSON of every field but `hash`, and `prev_hash` is
// the hash of the row before (kGenesisHash for the first). `childrecord verify` recomputes it.
struct AccessLogEntry {
  std::string tenant_id;
  int64_t seq = 0;          // 1, 2, 3, ... per tenant, no gaps
  TimePoint recorded_at;    // when the server wrote it (UTC)
  std::string user_id;      // who
  std::string child_id;     // which record; empty when not about one child (a search)
  std::string action;       // what: an AccessAction name, e.g. "child.read"
  std::string detail;       // what exactly: an entry id, a search query; may be empty
  std::string address;      // the client's address
  std::string reason;       // the stated reason; empty when none was needed or given
  std::string outcome;      // "allowed" or "refused"
  std::string prev_hash;
  std::string hash;
};

// The JSON the chain hashes: every field above except `hash`, recorded_at as RFC 3339 UTC text
// with microseconds (the stored spelling).
Json AccessLogHeaderJson(const AccessLogEntry& entry);

// SHA-256 (hex) of the canonical header text.
std::string ComputeAccessLogHash(const AccessLogEntry& entry);

}  // namespace childrecord

namespace childrecord {

// What to append; the store assigns tenant, seq, recorded_at and the hashes.
struct NewAccessLogEntry {
  std::string user_id;
  std::string child_id;
  std::string action;
  std::string detail;
  std::string address;
  std::string reason;
  std::string outcome = "allowed";
};

}  // namespace childrecord
