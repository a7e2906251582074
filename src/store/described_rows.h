#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
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

// Where the field called `name` in T's description is in a row selected with
// fields::SelectList<T>() (counting from `first`, as ReadRow does). For readers that take a few
// cells of very many rows (the journal walk, verify): they look each name up once, before the
// rows, and then index every row, which costs what a position written by hand did, where ReadRow
// would copy every cell of every row. A name the description does not select is a mistake in the
// program, so it throws std::logic_error naming it the first time the lookup runs.
template <class T>
size_t ColumnIndex(std::string_view name, size_t first = 0) {
  size_t at = first;
  for (const fields::Field<T>& f : fields::DescriptionOf<T>()) {
    if (f.column == nullptr) continue;
    if (name == f.name) return at;
    ++at;
  }
  throw std::logic_error("No column called '" + std::string(name) + "' is selected by this description");
}

}  // namespace childrecord
