#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "core/journal_event.h"
#include "core/result.h"

namespace childrecord {

// A column value of a projected row: NULL, an integer (booleans are 0/1) or text.
using FieldValue = std::variant<std::monostate, int64_t, std::string>;
using Fields = std::map<std::string, FieldValue>;

// A change to one current-state row. Every projected table is keyed by (tenant_id, id).
// kUpsert inserts the row or, when it exists, replaces the given columns.
struct Mutation {
  enum class Kind { kInsert, kUpdate, kUpsert };
  Kind kind = Kind::kInsert;
  std::string table;
  std::string id;
  Fields fields;  // columns other than tenant_id and id
  // kUpdate only, optional: the name of a column in `fields`. The update is applied only when the
  // row's stored value of that column is NULL or not later (compared as text) than the one given;
  // otherwise the row is left as it is. Dated details use it (R2: a detail true from an earlier
  // date, recorded after one true from a later date, does not overwrite it).
  std::string unless_later = {};
};

// A current-state table and the columns that projections own (all but tenant_id and id).
// `verify` compares exactly these columns with a replay of the journal.
struct ProjectedTable {
  std::string name;
  std::vector<std::string> columns;
};

// What a feature (src/features/<name>/) adds to the journal: its event types, the pure function
// that projects them, and the tables it projects into. Each feature defines one in its
// <name>_events.cc; src/features/feature_events.cc lists them from src/features/feature_list.h,
// so a new feature's events reach Project(), ProjectedTables() and verify without touching this file.
struct FeatureEvents {
  std::vector<std::string> types;
  Result<std::vector<Mutation>> (*project)(const JournalEvent& event);
  std::vector<ProjectedTable> tables;
};

// Every feature's events: the accounts' and the entries' first, then the others in the order of
// src/features/feature_list.h (the order verify checks their tables in). Defined in
// src/features/feature_events.cc (part of the pure rules library). Thread safe (built once).
const std::vector<FeatureEvents>& AllFeatureEvents();

// Every projected table, in the order verify checks them: the record's own (`teams`), then each
// feature's in AllFeatureEvents() order.
const std::vector<ProjectedTable>& ProjectedTables();

// What an event does to the current-state tables. Pure: the same event always gives the same
// mutations, which is what lets `verify` rebuild the tables from the journal alone.
// Fails (kInternal) when the payload does not have the shape its type requires.
Result<std::vector<Mutation>> Project(const JournalEvent& event);

// The projected tables as a replay of the journal builds them, in memory. Used by verify.
class ProjectionState {
 public:
  // Applies mutations in order; an insert of an existing row or an update of a missing one
  // is an integrity error naming the table and id.
  Status Apply(const std::vector<Mutation>& mutations);
  // The same, moving the mutations' fields into the rows instead of copying them (verify's buckets).
  Status Apply(std::vector<Mutation>&& mutations);
  // table -> id -> fields. Tables without rows may be absent.
  const std::map<std::string, std::map<std::string, Fields>>& tables() const { return tables_; }

 private:
  std::map<std::string, std::map<std::string, Fields>> tables_;
};

// Text for reports: "NULL", the integer, or the quoted text.
std::string DescribeField(const FieldValue& value);

}  // namespace childrecord
