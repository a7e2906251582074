#pragma once

#include <string>

#include "core/fields.h"
#include "core/journal_event.h"
#include "core/time_format.h"
#include "store/described_rows.h"

namespace childrecord {

// How journal rows are read, shared by the store's walk (Snapshot::ForEachEvent) and verify's
// (store/verify_chains.cc): a SELECT of JournalSelectList() FROM `journal j LEFT JOIN
// journal_payloads p`, each cell then read by its column's name. JournalRow is that row as its
// description names it; `payload` is NULL when the payload row is missing.
struct JournalRow {
  int64_t seq = 0;
  std::string recorded_at;
  std::string actor;
  std::string type;
  std::string payload_sha256;
  std::string prev_hash;
  std::string hash;
  std::string payload;
};

inline const fields::Description<JournalRow>& Describe(const JournalRow*) {
  using fields::Kind;
  using V = JournalRow;
  static const fields::Description<JournalRow> description = {
      {"seq", "j.seq", &V::seq, Kind::kInteger},
      {"recorded_at", "j.recorded_at", &V::recorded_at, Kind::kInstant},
      {"actor", "j.actor", &V::actor},
      {"type", "j.type", &V::type},
      {"payload_sha256", "j.payload_sha256", &V::payload_sha256},
      {"prev_hash", "j.prev_hash", &V::prev_hash},
      {"hash", "j.hash", &V::hash},
      {"payload", "p.payload", &V::payload},
  };
  return description;
}

// "j.seq, j.recorded_at, ..., p.payload": the select list of a JournalRow.
inline const std::string& JournalSelectList() {
  static const std::string columns = fields::SelectList<JournalRow>();
  return columns;
}

// Where each column of a JournalRow is in a selected row, looked up by its name once (the first
// time they are asked for) and then used for every row: the walk and verify read millions of rows,
// so a row's cells are taken at these places rather than by looking the names up again per row,
// which keeps verify as fast as when the places were written by hand.
struct JournalColumnPlaces {
  size_t seq = ColumnIndex<JournalRow>("seq");
  size_t recorded_at = ColumnIndex<JournalRow>("recorded_at");
  size_t actor = ColumnIndex<JournalRow>("actor");
  size_t type = ColumnIndex<JournalRow>("type");
  size_t payload_sha256 = ColumnIndex<JournalRow>("payload_sha256");
  size_t prev_hash = ColumnIndex<JournalRow>("prev_hash");
  size_t hash = ColumnIndex<JournalRow>("hash");
  size_t payload = ColumnIndex<JournalRow>("payload");
};

inline const JournalColumnPlaces& JournalPlaces() {
  static const JournalColumnPlaces places;
  return places;
}

// The event's header (all but its payload, which each reader parses its own way, from the cell at
// JournalPlaces().payload).
inline JournalEvent JournalEventHeaderFromRow(const std::string& tenant_id, const SqlRow& row,
                                              const JournalColumnPlaces& at = JournalPlaces()) {
  JournalEvent event;
  event.tenant_id = tenant_id;
  event.seq = AsInt(row[at.seq]);
  auto recorded = ParseRfc3339(AsText(row[at.recorded_at]));
  event.recorded_at = recorded ? *recorded : TimePoint{};
  event.actor = AsText(row[at.actor]);
  event.type = AsText(row[at.type]);
  event.payload_sha256 = AsText(row[at.payload_sha256]);
  event.prev_hash = AsText(row[at.prev_hash]);
  event.hash = AsText(row[at.hash]);
  return event;
}

}  // namespace childrecord
