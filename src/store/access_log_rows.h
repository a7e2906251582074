#pragma once

#include <string>

#include "audit/access_log_entry.h"
#include "core/fields.h"
#include "core/time_format.h"
#include "store/described_rows.h"

namespace childrecord {

// How access-log rows are read, shared by the store (verify's walk, Snapshot::ForEachAccessLogEntry)
// and the access-log feature's listing (features/access_log/access_log_repository.cc): a SELECT
// that starts with AccessLogSelectList() of `access_log a`, each cell then read by its column's
// name. AccessLogRow is that row as its description names it; a listing's own columns follow its
// fields::ColumnCount<AccessLogRow>() columns.
struct AccessLogRow {
  int64_t seq = 0;
  std::string recorded_at;
  std::string user_id;
  std::string child_id;
  std::string action;
  std::string detail;
  std::string address;
  std::string reason;
  std::string outcome;
  std::string prev_hash;
  std::string hash;
};

inline const fields::Description<AccessLogRow>& Describe(const AccessLogRow*) {
  using fields::Kind;
  using V = AccessLogRow;
  static const fields::Description<AccessLogRow> description = {
      {"seq", "a.seq", &V::seq, Kind::kInteger},
      {"recorded_at", "a.recorded_at", &V::recorded_at, Kind::kInstant},
      {"user_id", "a.user_id", &V::user_id},
      {"child_id", "a.child_id", &V::child_id},
      {"action", "a.action", &V::action},
      {"detail", "a.detail", &V::detail},
      {"address", "a.address", &V::address},
      {"reason", "a.reason", &V::reason},
      {"outcome", "a.outcome", &V::outcome},
      {"prev_hash", "a.prev_hash", &V::prev_hash},
      {"hash", "a.hash", &V::hash},
  };
  return description;
}

// "a.seq, a.recorded_at, ..., a.hash": the select list of an AccessLogRow.
inline const std::string& AccessLogSelectList() {
  static const std::string columns = fields::SelectList<AccessLogRow>();
  return columns;
}

// Where each column of an AccessLogRow is in a selected row, looked up by its name once (the first
// time they are asked for) and then used for every row: verify walks every row of a tenant's log,
// millions of them, so a row's cells are taken at these places rather than by looking the names up
// again per row, which keeps verify as fast as when the places were written by hand.
struct AccessLogColumnPlaces {
  size_t seq = ColumnIndex<AccessLogRow>("seq");
  size_t recorded_at = ColumnIndex<AccessLogRow>("recorded_at");
  size_t user_id = ColumnIndex<AccessLogRow>("user_id");
  size_t child_id = ColumnIndex<AccessLogRow>("child_id");
  size_t action = ColumnIndex<AccessLogRow>("action");
  size_t detail = ColumnIndex<AccessLogRow>("detail");
  size_t address = ColumnIndex<AccessLogRow>("address");
  size_t reason = ColumnIndex<AccessLogRow>("reason");
  size_t outcome = ColumnIndex<AccessLogRow>("outcome");
  size_t prev_hash = ColumnIndex<AccessLogRow>("prev_hash");
  size_t hash = ColumnIndex<AccessLogRow>("hash");
};

inline const AccessLogColumnPlaces& AccessLogPlaces() {
  static const AccessLogColumnPlaces places;
  return places;
}

inline AccessLogEntry AccessLogEntryFromRow(const std::string& tenant_id, const SqlRow& row,
                                            const AccessLogColumnPlaces& at = AccessLogPlaces()) {
  AccessLogEntry e;
  e.tenant_id = tenant_id;
  e.seq = AsInt(row[at.seq]);
  auto recorded = ParseRfc3339(AsText(row[at.recorded_at]));
  e.recorded_at = recorded ? *recorded : TimePoint{};
  e.user_id = AsText(row[at.user_id]);
  e.child_id = AsText(row[at.child_id]);
  e.action = AsText(row[at.action]);
  e.detail = AsText(row[at.detail]);
  e.address = AsText(row[at.address]);
  e.reason = AsText(row[at.reason]);
  e.outcome = AsText(row[at.outcome]);
  e.prev_hash = AsText(row[at.prev_hash]);
  e.hash = AsText(row[at.hash]);
  return e;
}

}  // namespace childrecord
