#pragma once

#include "record/read_models.h"
#include "store/database.h"

namespace childrecord {

// How entries are read (internal to src/store): the select list, from `entries e` with who
// recorded and who was involved joined, ready for a WHERE clause; and the row's mapping.
inline constexpr char kEntrySelect[] =
    "SELECT e.id, e.child_id, e.kind, e.occurred_at, e.recorded_at, r.full_name, p.full_name, e.title, e.body, "
    "e.late, e.significant, e.details, e.version, e.amended FROM entries e "
    "LEFT JOIN users r ON r.tenant_id = e.tenant_id AND r.id = e.recorded_by "
    "LEFT JOIN users p ON p.tenant_id = e.tenant_id AND p.id = e.practitioner_id ";

inline EntryView EntryFromRow(const SqlRow& row) {
  return EntryView{AsText(row[0]), AsText(row[1]), AsText(row[2]), AsText(row[3]),       AsText(row[4]),
                   AsText(row[5]), AsText(row[6]), AsText(row[7]), AsText(row[8]),       AsInt(row[9]) != 0,
                   AsInt(row[10]) != 0, AsText(row[11]), AsInt(row[12]), AsInt(row[13]) != 0, {}, {}};
}

}  // namespace childrecord
