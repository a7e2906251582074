#include "audit/access_log_entry.h"

#include "core/sha256.h"
#include "core/time_format.h"

namespace childrecord {

Json AccessLogHeaderJson(const AccessLogEntry& e) {
  return Json{{"tenant_id", e.tenant_id}, {"seq", e.seq},       {"recorded_at", FormatUtc(e.recorded_at)},
              {"user_id", e.user_id},     {"child_id", e.child_id}, {"action", e.action},
              {"detail", e.detail},       {"address", e.address},   {"reason", e.reason},
              {"outcome", e.outcome},     {"prev_hash", e.prev_hash}};
}

std::string ComputeAccessLogHash(const AccessLogEntry& entry) {
  // Strings and integers only, so canonicalisation cannot fail... unless a string is not UTF-8;
  // the store checks that before it hashes (a reason typed by a person is the only free text).
  auto text = CanonicalJson(AccessLogHeaderJson(entry));
  return text.ok() ? Sha256Hex(*text) : std::string();
}

}  // namespace childrecord
