#include "service/record_access.h"

#include <algorithm>

#include "core/ids.h"
#include "store/session_repository.h"

namespace childrecord {
namespace {

Error NoRecord() { return Error::NotFound("There is no child's record with that id"); }

}  // namespace

Error RoleCannot(const Principal& /*who*/, AccessAction action) {
  if (action == AccessAction::kRecordDecision) {
    return Error::Forbidden(kOnlyManagersDecide);
  }
  return Error::Forbidden("Your role cannot " + std::string(AccessActionWords(action)) + ".");
}

namespace {

constexpr size_t kMaxReason = 2000;

}  // namespace

Status RecordAccess::Log(const Principal& who, const std::string& child_id, AccessAction action,
                         const AccessContext& access, const std::string& detail, const std::string& reason,
                         const char* outcome) {
  auto written = store_.AppendAccessLog(tenant_id_, Row(who, child_id, action, access, detail, reason, outcome));
  if (!written.ok()) return written.error();
  return Status::Ok();
}

NewAccessLogEntry RecordAccess::Row(const Principal& who, const std::string& child_id, AccessAction action,
                                    const AccessContext& access, const std::string& detail, const std::string& reason,
                                    const char* outcome) const {
  return NewAccessLogEntry{who.user.id, child_id, std::string(AccessActionName(action)), detail, access.address,
                           reason,      outcome};
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

Status RecordAccess::Authorize(const Principal& who, const std::string& child_id, AccessAction action,
                               const AccessContext& access, const std::string& detail) {
  return Decide(who, child_id, action, access, detail, nullptr);
}

Result<NewAccessLogEntry> RecordAccess::AuthorizeWrite(const Principal& who, const std::string& child_id,
                                                       AccessAction action, const AccessContext& access,
                                                       const std::string& detail) {
  NewAccessLogEntry row;
  CR_RETURN_IF_ERROR(Decide(who, child_id, action, access, detail, &row));
  return row;
}

Status RecordAccess::Decide(const Principal& who, const std::string& child_id, AccessAction action,
                            const AccessContext& access, const std::string& detail, NewAccessLogEntry* deferred) {
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
      if (deferred) {  // written with the write it allows
        *deferred = Row(who, child_id, action, access, detail, reason, "allowed");
        return Status::Ok();
      }
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

Status RecordAccess::GiveReason(const Principal& who, const std::string& child_id, const std::string& reason,
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
