#pragma once

#include <string>

#include "core/journal_event.h"
#include "core/time_format.h"
#include "store/database.h"

namespace childrecord {

// How journal rows are read, shared by the store's walk (Snapshot::ForEachEvent) and verify's
// (store/verify_chains.cc): a SELECT of these columns FROM `journal j LEFT JOIN journal_payloads
// p`, in the order JournalEventHeaderFromRow reads them; the payload's text (NULL when the
// payload row is missing) is the column at kJournalPayloadColumn.
inline constexpr char kJournalEventColumns[] =
    "j.seq, j.recorded_at, j.actor, j.type, j.payload_sha256, j.prev_hash, j.hash, p.payload";
inline constexpr size_t kJournalPayloadColumn = 7;

// The event's header (all but its payload, which each reader parses its own way).
inline JournalEvent JournalEventHeaderFromRow(const std::string& tenant_id, const SqlRow& row) {
  JournalEvent event;
  event.tenant_id = tenant_id;
  event.seq = AsInt(row[0]);
  auto recorded = ParseRfc3339(AsText(row[1]));
  event.recorded_at = recorded ? *recorded : TimePoint{};
  event.actor = AsText(row[2]);
  event.type = AsText(row[3]);
  event.payload_sha256 = AsText(row[4]);
  event.prev_hash = AsText(row[5]);
  event.hash = AsText(row[6]);
  return event;
}

}  // namespace childrecord
