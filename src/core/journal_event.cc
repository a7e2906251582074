#include "core/journal_event.h"

#include "core/sha256.h"
#include "core/time_format.h"

namespace childrecord {

Json EventHeaderJson(const JournalEvent& event) {
  return Json{{"tenant_id", event.tenant_id},   {"seq", event.seq},
              {"recorded_at", FormatUtc(event.recorded_at)},
              {"actor", event.actor},           {"type", event.type},
              {"payload_sha256", event.payload_sha256},
              {"prev_hash", event.prev_hash}};
}

std::string ComputeEventHash(const JournalEvent& event) {
  // The header holds only strings and integers, so canonicalisation cannot fail.
  return Sha256Hex(CanonicalJson(EventHeaderJson(event)).value());
}

}  // namespace childrecord
