#include "service/record_service.h"

#include <algorithm>

#include "core/ids.h"
#include "record/commands.h"
#include "record/visit.h"
#include "record/event_types.h"
#include "store/people_repository.h"
#include "store/account_repository.h"
#include "store/child_repository.h"
#include "store/entry_repository.h"
#include "store/session_repository.h"

namespace childrecord {
namespace {

// Ids come from URLs: a malformed one is simply not found (and never reaches SQL as anything
// but a bound parameter).
Status CheckId(const std::string& id, const char* what) {
  if (!IsWellFormedId(id)) return Error::NotFound(std::string("There is no ") + what + " with that id");
  return Status::Ok();
}

Error NoRecord() { return Error::NotFound("There is no child's record with that id"); }

Error RoleCannot(const Principal& who, AccessAction action) {
  if (action == AccessAction::kRecordDecision) {
    return Error::Forbidden(kOnlyManagersDecide);
  }
  return Error::Forbidden("Your role (" + who.user.role + ") cannot do this (" +
                          std::string(AccessActionName(action)) + ")");
}

constexpr size_t kMaxReason = 2000;

}  // namespace

Status RecordService::Log(const Principal& who, const std::string& child_id, AccessAction action,
                          const AccessContext& access, const std::string& detail, const std::string& reason,
                          const char* outcome) {
  auto written = store_.AppendAccessLog(
      tenant_id_, NewAccessLogEntry{who.user.id, child_id, std::string(AccessActionName(action)), detail,
                                    access.address, reason, outcome});
  if (!written.ok()) return written.error();
  return Status::Ok();
}

Status RecordService::Authorize(const Principal& who, const std::string& child_id, AccessAction action,
                                const AccessContext& access, const std::string& detail) {
  CR_RETURN_IF_ERROR(CheckId(child_id, "child's record"));
  std::string reason = access.reason;
  if (!reason.empty() && !IsUsableReason(reason)) {
    return Error::Validation("reason", "Enter why you need to see this record (a reason of only spaces is not a "
                                       "reason)");
  }
  if (reason.size() > kMaxReason) return Error::Validation("reason", "The reason must be 2,000 characters or fewer");
  CR_ASSIGN_OR_RETURN(ChildAccessFacts facts, store_.GetChildAccess(tenant_id_, child_id));
  if (reason.empty() && !who.via_api_token) {
    CR_ASSIGN_OR_RETURN(reason, SessionRepository(store_).SessionAccessReason(who.session_token_hash, child_id));
  }
  switch (DecideRecordAccess(who.user, action, facts, !reason.empty())) {
    case AccessDecision::kAllowed:
      // Only a reason that was needed is the "access with reason" the team manager reviews.
      if (OnCaseload(who.user, facts) || GrantFor(who.user.role, action) == Grant::kYes) reason.clear();
      return Log(who, child_id, action, access, detail, reason, "allowed");
    case AccessDecision::kHidden:
      CR_RETURN_IF_ERROR(Log(who, child_id, action, access, detail, reason, "refused"));
      return NoRecord();
    case AccessDecision::kForbidden:
      CR_RETURN_IF_ERROR(Log(who, child_id, action, access, detail, reason, "refused"));
      return RoleCannot(who, action);
    case AccessDecision::kReasonRequired:
      CR_RETURN_IF_ERROR(Log(who, child_id, action, access, detail, reason, "reason_required"));
      return Error{ErrorCode::kReasonRequired,
                   "This record is outside your caseload: say why you need to see it (X-Access-Reason)", "reason"};
  }
  return RoleCannot(who, action);
}

Result<ChildRecord> RecordService::OpenRecord(const Principal& who, const Json& input, const AccessContext& access) {
  if (GrantFor(who.user.role, AccessAction::kOpenRecord) == Grant::kNo) {
    return Error::Forbidden("Only the First Contact Team or a manager can accept a referral and open a record");
  }
  const std::string child_id = NewId();
  CR_ASSIGN_OR_RETURN(Json payload, BuildRecordOpened(input, child_id, store_.clock().Now()));
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, AccountRepository(store_).ListTeams(tenant_id_));
  const std::string team_id = payload["team_id"];
  if (std::none_of(teams.begin(), teams.end(), [&](const Team& t) { return t.id == team_id; })) {
    return Error::Validation("team_id", "There is no team with that id");
  }
  if (payload["allocated_worker_id"].is_string()) {
    auto worker = AccountRepository(store_).FindUser(tenant_id_, payload["allocated_worker_id"]);
    if (!worker.ok()) return Error::Validation("allocated_worker_id", "There is no practitioner with that id");
  }
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChildRecordOpened, std::move(payload)}}));
  CR_RETURN_IF_ERROR(Log(who, child_id, AccessAction::kOpenRecord, access, "", "", "allowed"));
  return ChildRepository(store_).GetChild(tenant_id_, child_id);
}

Result<EntryView> RecordService::RecordEntry(const Principal& who, const std::string& child_id, const Json& input,
                                             const AccessContext& access) {
  const std::string entry_id = NewId();
  // R6, R27: a management decision needs the right to make it; other kinds the right to record.
  const std::string kind =
      input.is_object() && input.contains("kind") && input["kind"].is_string() ? input["kind"].get<std::string>() : "";
  CR_RETURN_IF_ERROR(Authorize(who, child_id, ActionToRecord(kind), access, entry_id));
  std::string practitioner_id = who.user.id;
  if (input.is_object() && input.contains("practitioner_id") && !input["practitioner_id"].is_null()) {
    if (!input["practitioner_id"].is_string() || !IsWellFormedId(input["practitioner_id"].get<std::string>()) ||
        !AccountRepository(store_).FindUser(tenant_id_, input["practitioner_id"].get<std::string>()).ok()) {
      return Error::Validation("practitioner_id", "There is no practitioner with that id");
    }
    practitioner_id = input["practitioner_id"];
  }
  const TimePoint now = store_.clock().Now();
  CR_ASSIGN_OR_RETURN(Json payload, BuildEntryRecorded(input, child_id, entry_id, practitioner_id, now));
  // The kind's own rules: R18 visit, R19 unsuccessful visit, R6/R27 decisions by managers, R31
  // marked sections. Errors name the field path ("visit.seen_alone_reason").
  CR_ASSIGN_OR_RETURN(Json details, BuildEntryDetails(payload["kind"], input, who.user.role, now));
  // R18 key changes (someone moved in or out): the household's history changes in the SAME append
  // as the visit, so both are written or neither; a change contradicting the history refuses the
  // visit ("visit.key_changes[i]"). The logic is in service/household_changes.cc.
  CR_ASSIGN_OR_RETURN(std::vector<NewEvent> household, HouseholdChangeEvents(child_id, entry_id, details));
  if (details.is_object() && !details.empty()) payload["details"] = std::move(details);
  // R32: the brothers' and sisters' records the entry also belongs to.
  CR_ASSIGN_OR_RETURN(Json shared_with, CheckSharedWith(who, child_id, input, access, entry_id));
  if (!shared_with.empty()) payload["shared_with"] = std::move(shared_with);
  std::vector<NewEvent> events{{events::kEntryRecorded, std::move(payload)}};
  for (auto& e : household) events.push_back(std::move(e));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, std::move(events)));
  return EntryRepository(store_).GetEntry(tenant_id_, entry_id);
}

Result<Page<ChildListItem>> RecordService::SearchChildren(const Principal& who, const std::string& query, int limit,
                                                          const std::string& cursor, const AccessContext& access) {
  if (GrantFor(who.user.role, AccessAction::kSearchChildren) == Grant::kNo) {
    return RoleCannot(who, AccessAction::kSearchChildren);
  }
  CR_ASSIGN_OR_RETURN(Page<ChildListItem> page,
                      ChildRepository(store_).SearchChildren(tenant_id_, query, std::clamp(limit, 1, 200), cursor, who.user.id));
  for (ChildListItem& item : page.items) {
    // Restricted records the caller is not named on never reach here (the store leaves them out).
    ChildAccessFacts facts{item.id, item.team_id, item.allocated_worker_id, false, {}};
    if (DecideRecordAccess(who.user, AccessAction::kReadOverview, facts, false) != AccessDecision::kAllowed) {
      ChildListItem name_only;
      name_only.id = item.id;
      name_only.full_name = item.full_name;
      name_only.reason_required = true;
      item = std::move(name_only);
    }
  }
  CR_RETURN_IF_ERROR(Log(who, "", AccessAction::kSearchChildren, access, query, "", "allowed"));
  return page;
}

Result<ChildRecord> RecordService::GetChild(const Principal& who, const std::string& child_id,
                                            const AccessContext& access) {
  CR_RETURN_IF_ERROR(Authorize(who, child_id, AccessAction::kReadOverview, access));
  return ChildRepository(store_).GetChild(tenant_id_, child_id);
}

Result<std::vector<LinkedPerson>> RecordService::ListPeople(const Principal& who, const std::string& child_id,
                                                            const AccessContext& access) {
  CR_RETURN_IF_ERROR(Authorize(who, child_id, AccessAction::kReadPeople, access));
  return PeopleRepository(store_).ListChildPeople(tenant_id_, child_id);
}

Result<Page<EntryView>> RecordService::ListEntries(const Principal& who, const std::string& child_id, int limit,
                                                   const std::string& cursor, const AccessContext& access) {
  CR_RETURN_IF_ERROR(Authorize(who, child_id, AccessAction::kReadEntries, access));
  CR_ASSIGN_OR_RETURN(Page<EntryView> page, EntryRepository(store_).ListEntries(tenant_id_, child_id, std::clamp(limit, 1, 200), cursor));
  CR_RETURN_IF_ERROR(HideRestrictedSources(who, page.items));
  return page;
}

Result<EntryView> RecordService::GetEntry(const Principal& who, const std::string& entry_id,
                                          const AccessContext& access) {
  CR_RETURN_IF_ERROR(CheckId(entry_id, "entry"));
  CR_ASSIGN_OR_RETURN(EntryView entry, EntryRepository(store_).GetEntry(tenant_id_, entry_id));
  Status allowed = Authorize(who, entry.child_id, AccessAction::kReadEntries, access, entry_id);
  if (!allowed.ok()) {
    if (allowed.error().code == ErrorCode::kNotFound) return Error::NotFound("There is no entry with that id");
    return allowed.error();
  }
  return entry;
}

Status RecordService::GiveReason(const Principal& who, const std::string& child_id, const std::string& reason,
                                 const AccessContext& access) {
  if (!IsUsableReason(reason)) {
    return Error::Validation("reason", "Enter why you need to see this record");
  }
  if (reason.size() > kMaxReason) return Error::Validation("reason", "The reason must be 2,000 characters or fewer");
  CR_RETURN_IF_ERROR(CheckId(child_id, "child's record"));
  CR_ASSIGN_OR_RETURN(ChildAccessFacts facts, store_.GetChildAccess(tenant_id_, child_id));
  AccessContext with_reason = access;
  with_reason.reason = reason;
  switch (DecideRecordAccess(who.user, AccessAction::kReadOverview, facts, true)) {
    case AccessDecision::kAllowed: break;
    case AccessDecision::kHidden:
      CR_RETURN_IF_ERROR(Log(who, child_id, AccessAction::kReadOverview, with_reason, "reason form", reason,
                             "refused"));
      return NoRecord();
    default:
      CR_RETURN_IF_ERROR(Log(who, child_id, AccessAction::kReadOverview, with_reason, "reason form", reason,
                             "refused"));
      return RoleCannot(who, AccessAction::kReadOverview);
  }
  // Validate the text (UTF-8) by logging it first: a reason that cannot be logged is not given.
  auto logged = store_.AppendAccessLog(tenant_id_, NewAccessLogEntry{who.user.id, child_id, "access.reason_given",
                                                                     "", access.address, reason, "allowed"});
  if (!logged.ok()) return logged.error();
  return SessionRepository(store_).GrantSessionAccess(tenant_id_, who.session_token_hash, child_id, reason);
}

Result<EntryView> RecordService::AmendEntry(const Principal& who, const std::string& entry_id, const Json& input,
                                            const AccessContext& access) {
  CR_RETURN_IF_ERROR(CheckId(entry_id, "entry"));
  CR_ASSIGN_OR_RETURN(EntryView current, EntryRepository(store_).GetEntry(tenant_id_, entry_id));
  // Amending needs the same right as recording the entry's kind (R6, R27: a decision is rewritten
  // only by someone who may make it), which implies reading the entry being amended.
  Status allowed = Authorize(who, current.child_id, ActionToRecord(current.kind), access, entry_id);
  if (!allowed.ok()) {
    if (allowed.error().code == ErrorCode::kNotFound) return Error::NotFound("There is no entry with that id");
    return allowed.error();
  }
  CR_ASSIGN_OR_RETURN(Json payload, BuildEntryAmended(input, current));
  auto written = store_.Append(tenant_id_, who.user.id, {{events::kEntryAmended, std::move(payload)}});
  if (!written.ok()) {
    if (written.error().code == ErrorCode::kConflict) {
      return Error::Conflict("Someone else amended this entry at the same moment. Nothing was saved: look at the "
                             "new version and amend again.");
    }
    return written.error();
  }
  return EntryRepository(store_).GetEntry(tenant_id_, entry_id);
}

Result<std::vector<EntryVersionView>> RecordService::ListEntryVersions(const Principal& who,
                                                                       const std::string& entry_id,
                                                                       const AccessContext& access) {
  CR_RETURN_IF_ERROR(GetEntry(who, entry_id, access));
  return EntryRepository(store_).ListEntryVersions(tenant_id_, entry_id);
}

}  // namespace childrecord
