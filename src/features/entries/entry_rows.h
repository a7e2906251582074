#pragma once

#include <string>

#include "features/entries/entry_views.h"
#include "store/described_rows.h"

namespace childrecord {

// How entries are read (by the entries' and the language feature's repositories): the select list
// from EntryView's description (entry_views.cc), from `entries e` with who recorded and who was
// involved joined, ready for a WHERE clause; and the row read back by that description.
inline constexpr char kEntryPeopleJoins[] =
    "LEFT JOIN users r ON r.tenant_id = e.tenant_id AND r.id = e.recorded_by "
    "LEFT JOIN users p ON p.tenant_id = e.tenant_id AND p.id = e.practitioner_id ";

inline const std::string& EntrySelect() {
  static const std::string select = "SELECT " + fields::SelectList<EntryView>() + " FROM entries e " + kEntryPeopleJoins;
  return select;
}

// The same, for the entries shared with a record (R32): from `entry_shares s` to its entries.
inline const std::string& SharedEntrySelect() {
  static const std::string select = "SELECT " + fields::SelectList<EntryView>() +
                                    " FROM entry_shares s JOIN entries e ON e.tenant_id = s.tenant_id AND "
                                    "e.id = s.entry_id " +
                                    kEntryPeopleJoins;
  return select;
}

// Where a described field of EntryView is in that select list, counting from 1: a compound SELECT
// (UNION ALL) orders by place, as a qualified name ("e.id") is not a column of its result.
inline std::string EntryColumnNumber(const std::string& name) {
  int number = 0;
  for (const auto& f : fields::DescriptionOf<EntryView>()) {
    if (f.column == nullptr) continue;
    ++number;
    if (name == f.name) return std::to_string(number);
  }
  return "";  // not selected: the statement fails to prepare, naming the ORDER BY
}

inline EntryView EntryFromRow(const SqlRow& row) { return ReadRow<EntryView>(row); }

}  // namespace childrecord
