#pragma once

#include <string>

#include "record/read_models.h"
#include "store/described_rows.h"

namespace childrecord {

// How entries are read (internal to src/store): the select list from EntryView's description
// (record/read_models.cc), from `entries e` with who recorded and who was involved joined, ready
// for a WHERE clause; and the row read back by that description.
inline const std::string& EntrySelect() {
  static const std::string select = "SELECT " + fields::SelectList<EntryView>() +
                                    " FROM entries e "
                                    "LEFT JOIN users r ON r.tenant_id = e.tenant_id AND r.id = e.recorded_by "
                                    "LEFT JOIN users p ON p.tenant_id = e.tenant_id AND p.id = e.practitioner_id ";
  return select;
}

inline EntryView EntryFromRow(const SqlRow& row) { return ReadRow<EntryView>(row); }

}  // namespace childrecord
