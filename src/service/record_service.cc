#include "service/record_service.h"

#include <algorithm>

#include "core/ids.h"
#include "record/commands.h"
#include "record/event_types.h"
#include "store/account_repository.h"
#include "store/child_repository.h"
#include "store/session_repository.h"

namespace childrecord {
namespace {

Error NoRecord() { return Error::NotFound("There is no child's record with that id"); }

Error RoleCannot(const Principal& who, AccessAction action) {
  if (action == AccessAction::kRecordDecision) {
    return Error::Forbidden(kOnlyManagersDecide);
  }
  return Error::Forbidden("Your role (" + who.user.role + ") cannot do this (" + std::string(AccessActionName(action)) +
                          ")");
}

constexpr size_t kMaxReason = 2000;

}  // namespace

Status RecordService::Log(const Principal& who, const std::string& child_id, AccessAction action,
                          const AccessContext& access, const std::string& detail, const std::string& reason,
                          const char* outcome) {
  auto written =
      store_.AppendAccessLog(tenant_id_, NewAccessLogEntry{who.user.id, child_id, std::string(AccessActionName(action)),
                                                           detail, access.address, reason, outcome});
  if (!written.ok()) return written.error();
  return Status::Ok();
}

namespace {

// What a read without a detail of its own showed, for a page view's access-log row.
std::string ShownBy(AccessAction action) {
  switch (action) {
    case AccessAction::kReadOverview:
      return "overview";
    case AccessAction::kReadPeople:
      return "people";
    case AccessAction::kReadEntries:
      return "entries";
    default:
      return std::string(AccessActionName(action));
  }
}

}  // namespace

Status RecordService::Authorize(const Principal& who, const std::string& child_id, AccessAction action,
                                const AccessContext& access, const std::string& detail) {
  CR_RETURN_IF_ERROR(CheckId(child_id, "child's record"));
  std::string reason = access.reason;
  if (!reason.empty() && !IsUsableReason(reason)) {
    return Error::Validation("reason",
                             "Enter why you need to see this record (a reason of only spaces is not a "
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
      if (access.page_reads) {  // a page view: one row per record, written when it is answered
        const std::string shown = detail.empty() ? ShownBy(action) : detail;
        for (PageReads::Read& read : access.page_reads->reads) {
          if (read.child_id != child_id || read.reason != reason) continue;
          if (("; " + read.detail + "; ").find("; " + shown + "; ") == std::string::npos) read.detail += "; " + shown;
          return Status::Ok();
        }
        access.page_reads->reads.push_back({child_id, std::string(AccessActionName(action)), shown, reason});
        return Status::Ok();
      }
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

Result<Page<ChildListItem>> RecordService::SearchChildren(const Principal& who, const std::string& query, int limit,
                                                          const std::string& cursor, const AccessContext& access) {
  if (GrantFor(who.user.role, AccessAction::kSearchChildren) == Grant::kNo) {
    return RoleCannot(who, AccessAction::kSearchChildren);
  }
  CR_ASSIGN_OR_RETURN(Page<ChildListItem> page, ChildRepository(store_).SearchChildren(
                                                    tenant_id_, query, std::clamp(limit, 1, 200), cursor, who.user.id));
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
    case AccessDecision::kAllowed:
      break;
    case AccessDecision::kHidden:
      CR_RETURN_IF_ERROR(
          Log(who, child_id, AccessAction::kReadOverview, with_reason, "reason form", reason, "refused"));
      return NoRecord();
    default:
      CR_RETURN_IF_ERROR(
          Log(who, child_id, AccessAction::kReadOverview, with_reason, "reason form", reason, "refused"));
      return RoleCannot(who, AccessAction::kReadOverview);
  }
  // Validate the text (UTF-8) by logging it first: a reason that cannot be logged is not given.
  auto logged = store_.AppendAccessLog(tenant_id_, NewAccessLogEntry{who.user.id, child_id, "access.reason_given", "",
                                                                     access.address, reason, "allowed"});
  if (!logged.ok()) return logged.error();
  return SessionRepository(store_).GrantSessionAccess(tenant_id_, who.session_token_hash, child_id, reason);
}

}  // namespace childrecord
