#include "record/projection.h"

#include "core/time_format.h"
#include "record/event_types.h"
#include "record/projector_support.h"

namespace childrecord {
namespace {

using namespace projector;

// Mutation::unless_later: the stored value is NULL or not later than the new one.
bool GuardAllows(const Fields& row, const Mutation& m) {
  auto stored = row.find(m.unless_later);
  auto given = m.fields.find(m.unless_later);
  if (stored == row.end() || std::holds_alternative<std::monostate>(stored->second)) return true;
  if (given == m.fields.end()) return false;
  const auto* have = std::get_if<std::string>(&stored->second);
  const auto* want = std::get_if<std::string>(&given->second);
  return have && want && *have <= *want;
}

}  // namespace

const std::vector<ProjectedTable>& ProjectedTables() {
  static const auto* tables = [] {
    // The record's own: teams, which the accounts' and every feature's rows may name.
    auto* t = new std::vector<ProjectedTable>{{"teams", {"name", "created_at"}}};
    for (const FeatureEvents& feature : AllFeatureEvents())
      t->insert(t->end(), feature.tables.begin(), feature.tables.end());
    return t;
  }();
  return *tables;
}

Result<std::vector<Mutation>> Project(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  for (const FeatureEvents& feature : AllFeatureEvents()) {
    for (const std::string& type : feature.types) {
      if (type == event.type) return feature.project(event);
    }
  }
  // The record's own events.
  if (event.type == events::kTenantInitialised) {
    return std::vector<Mutation>{};  // the tenants row is written when the tenant is created; nothing to project
  }
  if (event.type == events::kTeamCreated) {
    CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "team_id"));
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p, {{"name", "name", Column::kRequiredText}}));
    f["created_at"] = FormatUtc(event.recorded_at);
    return std::vector<Mutation>{Insert("teams", id, std::move(f))};
  }
  return Error::Internal("Event " + std::to_string(event.seq) + " has an unknown type '" + event.type + "'");
}

namespace {

// One mutation of ProjectionState::Apply. `M` is Mutation, whose fields are moved into the row, or
// const Mutation, whose fields are copied (std::move of a const member copies).
template <typename M>
Status ApplyOne(std::map<std::string, std::map<std::string, Fields>>& tables, M& m) {
  auto& rows = tables[m.table];
  auto it = rows.find(m.id);
  if (m.kind == Mutation::Kind::kUpsert && it == rows.end()) {
    rows.emplace(std::move(m.id), std::move(m.fields));
  } else if (m.kind == Mutation::Kind::kInsert) {
    if (it != rows.end()) return Error::Internal("Row " + m.table + "/" + m.id + " is inserted twice");
    rows.emplace(std::move(m.id), std::move(m.fields));
  } else {
    if (it == rows.end()) return Error::Internal("Row " + m.table + "/" + m.id + " is updated before it exists");
    if (!m.unless_later.empty() && !GuardAllows(it->second, m)) return Status::Ok();
    for (auto& [column, value] : m.fields) it->second[column] = std::move(value);
  }
  return Status::Ok();
}

}  // namespace

Status ProjectionState::Apply(const std::vector<Mutation>& mutations) {
  for (const Mutation& m : mutations) CR_RETURN_IF_ERROR(ApplyOne(tables_, m));
  return Status::Ok();
}

Status ProjectionState::Apply(std::vector<Mutation>&& mutations) {
  for (Mutation& m : mutations) CR_RETURN_IF_ERROR(ApplyOne(tables_, m));
  return Status::Ok();
}

std::string DescribeField(const FieldValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return "'" + *s + "'";
  if (const auto* i = std::get_if<int64_t>(&value)) return std::to_string(*i);
  return "NULL";
}

}  // namespace childrecord
