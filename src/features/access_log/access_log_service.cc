#include "features/access_log/access_log_service.h"

#include <algorithm>

#include "auth/access_policy.h"
#include "service/record_access.h"
#include "core/field_errors.h"
#include "core/ids.h"
#include "store/account_repository.h"

namespace childrecord {

Result<Page<AccessLogView>> AccessLogService::Read(const Principal& who, AccessLogFilter filter, int limit,
                                                   const std::string& cursor, bool reasons_review) {
  const AccessAction action = reasons_review ? AccessAction::kReviewReasons : AccessAction::kReadAuditLog;
  const Error role_cannot = RoleCannot(who, action);
  switch (GrantFor(who.user.role, action)) {
    case Grant::kYes: break;
    case Grant::kCaseloadOnly:
      // R40: a team manager answers for their team's records, so sees the accesses to them.
      if (who.user.team_id.empty()) return role_cannot;
      filter.team_id = who.user.team_id;
      break;
    default: return role_cannot;
  }
  if (!filter.child_id.empty() && !IsWellFormedId(filter.child_id)) {
    return Error::Validation("child", "There is no child's record with that id");
  }
  if (!filter.user_id.empty() && !IsWellFormedId(filter.user_id)) {
    auto user = AccountRepository(store_).FindUserByUsername(tenant_id_, filter.user_id);  // people type usernames
    if (!user.ok()) return Error::Validation("user", "There is no user called '" + filter.user_id + "'");
    filter.user_id = user->id;
  }
  filter.with_reason_only = filter.with_reason_only || reasons_review;
  filter.viewer_id = who.user.id;
  return log_.List(tenant_id_, filter, std::clamp(limit, 1, 5000), cursor);
}

Result<std::string> AccessLogService::ChildForFilter(const Principal& who, const std::string& local_child_id,
                                                     const std::string& user, bool reasons_review) {
  const AccessAction action = reasons_review ? AccessAction::kReviewReasons : AccessAction::kReadAuditLog;
  if (GrantFor(who.user.role, action) == Grant::kNo) return RoleCannot(who, action);
  FieldErrors errors;
  std::string child_id;
  if (!local_child_id.empty()) {
    auto found = log_.ChildIdOfLocalId(tenant_id_, local_child_id);
    if (!found.ok()) return found.error();
    child_id = *found;
    if (child_id.empty()) {
      errors.Add(Error::Validation("child", "There is no child with the Child ID '" + local_child_id + "'"));
    }
  }
  if (!user.empty() && !IsWellFormedId(user)) {
    auto account = AccountRepository(store_).FindUserByUsername(tenant_id_, user);
    if (!account.ok()) errors.Add(Error::Validation("user", "There is no user called '" + user + "'"));
  }
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return child_id;
}

}  // namespace childrecord
