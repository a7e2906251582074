#pragma once

#include <string>
#include <variant>

#include "core/fields.h"
#include "store/database.h"

namespace childrecord {

// Reads a row selected with fields::SelectList<T>() into a T: each column into the field whose
// description named it (core/fields.h), so no reader holds a column position of its own and a
// field added to the description is selected and read without another edit. Text columns read
// as text (NULL is ""), flags as integers (non-zero is true), integers as integers. A row that
// selects two types' lists reads the second from `first` = fields::ColumnCount of the first.
template <class T>
T ReadRow(const SqlRow& row, size_t first = 0) {
  T value{};
  size_t at = first;
  for (const fields::Field<T>& f : fields::DescriptionOf<T>()) {
    if (f.column == nullptr) continue;
    const SqlValue& cell = at < row.size() ? row[at] : SqlValue{};
    ++at;
    if (auto text = std::get_if<std::string T::*>(&f.member)) {
      value.** text = AsText(cell);
    } else if (auto flag = std::get_if<bool T::*>(&f.member)) {
      value.** flag = AsInt(cell) != 0;
    } else {
      value.*std::get<int64_t T::*>(f.member) = AsInt(cell);
    }
  }
  return value;
}

}  // namespace childrecord
