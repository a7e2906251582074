#include "service/record_service.h"

#include <algorithm>

#include "core/ids.h"
#include "record/commands.h"
#include "record/event_types.h"

namespace childrecord {
namespace {

bool HasRole(const Principal& who, std::initializer_list<const char*> roles) {
  return std::any_of(roles.begin(), roles.end(), [&](const char* r) { return who.user.role == r; });
}

// Ids come from URLs: a malformed one is simply not found (and never reaches SQL as anything
// but a bound parameter).
Status CheckId(const std::string& id, const char* what) {
  if (!IsWellFormedId(id)) return Error::NotFound(std::string("There is no ") + what + " with that id");
  return Status::Ok();
}

}  // namespace

Result<ChildRecord> RecordService::OpenRecord(const Principal& who, const Json& input) {
  if (!HasRole(who, {"first_contact", "team_manager", "admin"})) {
    return Error::Forbidden("Only the First Contact Team or a manager can accept a referral and open a record");
  }
  const std::string child_id = NewId();
  CR_ASSIGN_OR_RETURN(Json payload, BuildRecordOpened(input, child_id, store_.clock().Now()));
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, store_.ListTeams(tenant_id_));
  const std::string team_id = payload["team_id"];
  if (std::none_of(teams.begin(), teams.end(), [&](const Team& t) { return t.id == team_id; })) {
    return Error::Validation("team_id", "There is no team with that id");
  }
  if (payload["allocated_worker_id"].is_string()) {
    auto worker = store_.FindUser(tenant_id_, payload["allocated_worker_id"]);
    if (!worker.ok()) return Error::Validation("allocated_worker_id", "There is no practitioner with that id");
  }
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChildRecordOpened, std::move(payload)}}));
  return store_.GetChild(tenant_id_, child_id);
}

Result<EntryView> RecordService::RecordEntry(const Principal& who, const std::string& child_id, const Json& input) {
  CR_RETURN_IF_ERROR(CheckId(child_id, "child's record"));
  CR_RETURN_IF_ERROR(store_.GetChild(tenant_id_, child_id));
  std::string practitioner_id = who.user.id;
  if (input.is_object() && input.contains("practitioner_id") && !input["practitioner_id"].is_null()) {
    if (!input["practitioner_id"].is_string() || !IsWellFormedId(input["practitioner_id"].get<std::string>()) ||
        !store_.FindUser(tenant_id_, input["practitioner_id"].get<std::string>()).ok()) {
      return Error::Validation("practitioner_id", "There is no practitioner with that id");
    }
    practitioner_id = input["practitioner_id"];
  }
  const std::string entry_id = NewId();
  CR_ASSIGN_OR_RETURN(Json payload, BuildEntryRecorded(input, child_id, entry_id, practitioner_id,
                                                       store_.clock().Now()));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kEntryRecorded, std::move(payload)}}));
  return store_.GetEntry(tenant_id_, entry_id);
}

Result<Page<ChildListItem>> RecordService::SearchChildren(const Principal&, const std::string& query, int limit,
                                                          const std::string& cursor) {
  return store_.SearchChildren(tenant_id_, query, std::clamp(limit, 1, 200), cursor);
}

Result<ChildRecord> RecordService::GetChild(const Principal&, const std::string& child_id) {
  CR_RETURN_IF_ERROR(CheckId(child_id, "child's record"));
  return store_.GetChild(tenant_id_, child_id);
}

Result<std::vector<LinkedPerson>> RecordService::ListPeople(const Principal& who, const std::string& child_id) {
  CR_RETURN_IF_ERROR(GetChild(who, child_id));
  return store_.ListChildPeople(tenant_id_, child_id);
}

Result<Page<EntryView>> RecordService::ListEntries(const Principal& who, const std::string& child_id, int limit,
                                                   const std::string& cursor) {
  CR_RETURN_IF_ERROR(GetChild(who, child_id));
  return store_.ListEntries(tenant_id_, child_id, std::clamp(limit, 1, 200), cursor);
}

Result<EntryView> RecordService::GetEntry(const Principal&, const std::string& entry_id) {
  CR_RETURN_IF_ERROR(CheckId(entry_id, "entry"));
  return store_.GetEntry(tenant_id_, entry_id);
}

}  // namespace childrecord
