#pragma once

#include <string>

#include "audit/access_log_entry.h"
#include "core/time_format.h"
#include "store/database.h"

namespace childrecord {

// How access-log rows are read, shared by the store (verify's walk, Snapshot::ForEachAccessLogEntry)
// and the access-log feature's listing (features/access_log/access_log_repository.cc): the columns
// of `access_log a`, in the order AccessLogEntryFromRow reads them from the start of a row.
inline constexpr char kAccessLogEntryColumns[] =
    "a.seq, a.recorded_at, a.user_id, a.child_id, a.action, a.detail, a.address, a.reason, a.outcome, a.prev_hash, "
    "a.hash";
// How many columns kAccessLogEntryColumns selects (a listing's own columns follow them).
inline constexpr size_t kAccessLogEntryColumnCount = 11;

inline AccessLogEntry AccessLogEntryFromRow(const std::string& tenant_id, const SqlRow& row) {
  AccessLogEntry e;
  e.tenant_id = tenant_id;
  e.seq = AsInt(row[0]);
  auto recorded = ParseRfc3339(AsText(row[1]));
  e.recorded_at = recorded ? *recorded : TimePoint{};
  e.user_id = AsText(row[2]);
  e.child_id = AsText(row[3]);
  e.action = AsText(row[4]);
  e.detail = AsText(row[5]);
  e.address = AsText(row[6]);
  e.reason = AsText(row[7]);
  e.outcome = AsText(row[8]);
  e.prev_hash = AsText(row[9]);
  e.hash = AsText(row[10]);
  return e;
}

}  // namespace childrecord
