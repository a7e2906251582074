#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "record/projection.h"

namespace childrecord {

// How a projected table's stored rows are read, by the store's walk (Snapshot::ForEachProjectedRow)
// and verify's (store/verify_chains.cc StoredRowSpill): "SELECT " + List() + " FROM " + the table,
// the row's id and the table's projected columns (ProjectedTable::columns), each cell then taken
// at the place of its column's name. The places are looked up by name once per statement, when
// this is made, never per row: verify reads every row of every table (millions at an authority's
// size), and indexing a row by a place found beforehand costs what a position written by hand did.
class ProjectedRowColumns {
 public:
  explicit ProjectedRowColumns(const ProjectedTable& table) {
    std::vector<std::string_view> names{"id"};
    for (const std::string& column : table.columns) names.push_back(column);
    for (std::string_view name : names) {
      if (!list_.empty()) list_ += ", ";
      list_ += name;
    }
    id_ = PlaceOf(names, "id");
    for (const std::string& column : table.columns) columns_.push_back(PlaceOf(names, column));
  }

  // "id, column, column, ...".
  const std::string& List() const { return list_; }
  // Where the row's id is.
  size_t id() const { return id_; }
  // Where the table's projected column `table.columns[i]` is; there are column_count() of them.
  size_t column(size_t i) const { return columns_[i]; }
  size_t column_count() const { return columns_.size(); }

 private:
  static size_t PlaceOf(const std::vector<std::string_view>& names, std::string_view name) {
    size_t at = 0;
    while (names[at] != name) ++at;  // every name looked up is one of `names`
    return at;
  }

  std::string list_;
  size_t id_ = 0;
  std::vector<size_t> columns_;
};

}  // namespace childrecord
