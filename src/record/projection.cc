#include "record/projection.h"

#include <chrono>

#include "core/time_format.h"
#include "record/event_types.h"
#include "record/projector_support.h"
#include "record/timeliness.h"

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

// R32: one entry_shares row per record in entry.recorded's optional `shared_with` (ids of
// brothers' and sisters' records, checked when recorded).
Result<std::vector<Mutation>> ProjectEntryShares(const JournalEvent& event, const std::string& entry_id,
                                                 const std::string& recorded_at) {
  std::vector<Mutation> out;
  auto shared = event.payload.find("shared_with");
  if (shared == event.payload.end() || shared->is_null()) return out;
  if (!shared->is_array()) return BadPayload(event, "shared_with");
  for (const Json& child : *shared) {
    if (!child.is_string() || child.get<std::string>().empty()) return BadPayload(event, "shared_with");
    const std::string child_id = child.get<std::string>();
    out.push_back(Insert("entry_shares", entry_id + "/" + child_id,
                         Fields{{"entry_id", entry_id}, {"child_id", child_id}, {"shared_at", recorded_at}}));
  }
  return out;
}

}  // namespace

const std::vector<ProjectedTable>& ProjectedTables() {
  static const auto* tables = [] {
    auto* t = new std::vector<ProjectedTable>{
        {"teams", {"name", "created_at"}},
        {"users", {"username", "full_name", "role", "team_id", "created_at", "active", "training_completed_on"}},
        {"entries",
         {"child_id", "kind", "occurred_at", "recorded_at", "recorded_by", "practitioner_id", "title", "seq", "late",
          "significant", "version", "amended"}},
        {"entry_versions", {"entry_id", "version", "seq", "reason", "recorded_at", "recorded_by"}},
        {"entry_shares", {"entry_id", "child_id", "shared_at"}},
    };
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
  const std::string recorded_at = FormatUtc(event.recorded_at);
  std::vector<Mutation> out;

  auto id_of = [&](const char* field) -> Result<std::string> {
    auto it = p.find(field);
    if (it == p.end() || !it->is_string() || it->get<std::string>().empty()) return BadPayload(event, field);
    return it->get<std::string>();
  };

  if (event.type == events::kTenantInitialised) {
    return out;  // the tenants row is written when the tenant is created; nothing to project
  }
  if (event.type == events::kTeamCreated) {
    CR_ASSIGN_OR_RETURN(std::string id, id_of("team_id"));
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p, {{"name", "name", Column::kRequiredText}}));
    f["created_at"] = recorded_at;
    out.push_back(Insert("teams", id, std::move(f)));
    return out;
  }
  if (event.type == events::kUserAdded) {
    CR_ASSIGN_OR_RETURN(std::string id, id_of("user_id"));
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                              {{"username", "username", Column::kRequiredText},
                                               {"full_name", "full_name", Column::kRequiredText},
                                               {"role", "role", Column::kRequiredText},
                                               {"team_id", "team_id", Column::kOptionalText}}));
    f["created_at"] = recorded_at;
    f["active"] = int64_t{1};
    f["training_completed_on"] = FieldValue{};
    out.push_back(Insert("users", id, std::move(f)));
    return out;
  }
  if (event.type == events::kUserDisabled || event.type == events::kUserEnabled) {
    CR_ASSIGN_OR_RETURN(std::string id, id_of("user_id"));
    out.push_back(Mutation{Mutation::Kind::kUpdate, "users", id,
                           Fields{{"active", int64_t{event.type == events::kUserEnabled ? 1 : 0}}}});
    return out;
  }
  if (event.type == events::kUserRoleChanged) {
    CR_ASSIGN_OR_RETURN(std::string id, id_of("user_id"));
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p, {{"role", "role", Column::kRequiredText}}));
    out.push_back(Mutation{Mutation::Kind::kUpdate, "users", id, std::move(f)});
    return out;
  }
  if (event.type == events::kUserTeamChanged) {
    CR_ASSIGN_OR_RETURN(std::string id, id_of("user_id"));
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p, {{"team_id", "team_id", Column::kOptionalText}}));
    out.push_back(Mutation{Mutation::Kind::kUpdate, "users", id, std::move(f)});
    return out;
  }
  if (event.type == events::kUserTrainingRecorded) {
    CR_ASSIGN_OR_RETURN(std::string id, id_of("user_id"));
    CR_ASSIGN_OR_RETURN(Fields f,
                        ReadColumns(event, p, {{"training_completed_on", "completed_on", Column::kRequiredText}}));
    if (!ParseIsoDate(std::get<std::string>(f["training_completed_on"]))) return BadPayload(event, "completed_on");
    out.push_back(Mutation{Mutation::Kind::kUpdate, "users", id, std::move(f)});
    return out;
  }
  if (event.type == events::kEntryRecorded) {
    CR_ASSIGN_OR_RETURN(std::string id, id_of("entry_id"));
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                              {{"child_id", "child_id", Column::kRequiredText},
                                               {"kind", "kind", Column::kRequiredText},
                                               {"occurred_at", "occurred_at", Column::kRequiredText},
                                               {"practitioner_id", "practitioner_id", Column::kRequiredText},
                                               {"title", "title", Column::kRequiredText},
                                               {"body", "body", Column::kRequiredText},
                                               {"significant", "significant", Column::kFlag}}));
    auto occurred = ParseRfc3339(std::get<std::string>(f["occurred_at"]));
    if (!occurred) return BadPayload(event, "occurred_at");
    f["occurred_at"] = FormatUtc(*occurred);
    f["recorded_at"] = recorded_at;
    f["recorded_by"] = event.actor;
    // The text is not copied either: the entry names the event of its current version, whose
    // payload holds it (store/migrations/0020_entry_text_from_journal).
    f.erase("body");
    f["seq"] = event.seq;
    f["late"] = int64_t{IsLateEntry(*occurred, event.recorded_at) ? 1 : 0};
    // The kind's own details (R18, R19, R27, R31) are not copied: they are read from this event,
    // which the entry's first version names (record/read_models.cc, EntryView "details").
    f["version"] = int64_t{1};
    f["amended"] = int64_t{0};
    // R29/R30: every version is kept, the first included; its title and text are this event's
    // (a version names its event rather than copying them).
    Fields first{{"entry_id", id},         {"version", int64_t{1}},      {"seq", event.seq},
                 {"reason", FieldValue{}}, {"recorded_at", recorded_at}, {"recorded_by", event.actor}};
    out.push_back(Insert("entries", id, std::move(f)));
    out.push_back(Insert("entry_versions", id + "/1", std::move(first)));
    // R32: the brothers' and sisters' records the entry also belongs to.
    CR_ASSIGN_OR_RETURN(std::vector<Mutation> shares, ProjectEntryShares(event, id, recorded_at));
    for (auto& m : shares) out.push_back(std::move(m));
    return out;
  }
  if (event.type == events::kEntryAmended) {
    CR_ASSIGN_OR_RETURN(std::string id, id_of("entry_id"));
    auto version = p.find("version");
    if (version == p.end() || !version->is_number_integer() || version->get<int64_t>() < 2) {
      return BadPayload(event, "version");
    }
    const int64_t v = version->get<int64_t>();
    CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                              {{"title", "title", Column::kRequiredText},
                                               {"body", "body", Column::kRequiredText},
                                               {"reason", "reason", Column::kRequiredText}}));
    Fields row{{"entry_id", id},
               {"version", v},
               {"seq", event.seq},
               {"reason", f["reason"]},
               {"recorded_at", recorded_at},
               {"recorded_by", event.actor}};
    // The version row's key makes two amendments to the same version collide in the database,
    // so a concurrent second edit is refused rather than silently overwriting the first.
    out.push_back(Insert("entry_versions", id + "/" + std::to_string(v), std::move(row)));
    out.push_back(
        Mutation{Mutation::Kind::kUpdate, "entries", id,
                 Fields{{"title", f["title"]}, {"seq", event.seq}, {"version", v}, {"amended", int64_t{1}}}});
    return out;
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
