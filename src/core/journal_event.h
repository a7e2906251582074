#pragma once

#include <cstdint>
#include <string>

#include "core/canonical_json.h"
#include "core/clock.h"

namespace childrecord {

// The hash that precedes a tenant's first event.
inline constexpr char kGenesisHash[] = "0000000000000000000000000000000000000000000000000000000000000000";

// One event of a tenant's journal (docs/journal-format.md). Every change to the record is one
// of these; current-state tables are projections of them.
struct JournalEvent {
  std::string tenant_id;
  int64_t seq = 0;             // 1, 2, 3, ... per tenant, no gaps
  TimePoint recorded_at;       // when the server wrote it (UTC)
  std::string actor;           // user id, or "system"
  std::string type;            // e.g. "child.record_opened"
  Json payload;                // the event's content; null once lawfully disposed of
  std::string payload_sha256;  // SHA-256 of the canonical payload text
  std::string prev_hash;       // hash of event seq-1, or kGenesisHash
  std::string hash;            // SHA-256 of the canonical header (EventHeaderJson)
};

// The header the chain hashes: every field above except `payload` and `hash`, with
// recorded_at as RFC 3339 UTC text with microseconds.
Json EventHeaderJson(const JournalEvent& event);

// SHA-256 of the canonical header text.
std::string ComputeEventHash(const JournalEvent& event);

}  // namespace childrecord
