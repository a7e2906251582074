#pragma once

#include <string>

#include "auth/principal.h"
#include "core/result.h"
#include "features/access_log/access_log_repository.h"
#include "features/access_log/access_log_views.h"
#include "store/store.h"

namespace childrecord {

// Reading the access log: the audit views (SPEC §4: "Audit views are for auditors and managers").
// Who may read it is the role × action table's kReadAuditLog and kReviewReasons columns
// (auth/access_policy.h). Reading the log is not itself logged: it touches no child's record.
// Thread safe; borrows `store`, which must outlive it.
class AccessLogService {
 public:
  AccessLogService(Store& store, std::string tenant_id)
      : store_(store), log_(store), tenant_id_(std::move(tenant_id)) {}

  // The rows matching `filter`, newest first, `limit` clamped to 1..5000. Auditors, data
  // protection and senior managers see all of it; team managers the rows about their team's
  // children (R40: the team manager answers for their team's records); others kForbidden.
  // `reasons_review` lists only accesses with a stated reason (the team manager's review list;
  // decided as kReviewReasons). filter.user_id may be a username (kValidation field "user" when
  // no one has it); a malformed filter.child_id is kValidation field "child".
  Result<Page<AccessLogView>> Read(const Principal& who, AccessLogFilter filter, int limit, const std::string& cursor,
                                   bool reasons_review);

  // The audit page's filter as people type it: `local_child_id` is the Child ID on the record and
  // `user` a username. Returns the internal child id ("" when none was typed), or every problem
  // at once: kValidation "child" naming the Child ID no child has, "user" naming the unknown user.
  // Decided as Read is (kForbidden for a role that cannot read the log).
  Result<std::string> ChildForFilter(const Principal& who, const std::string& local_child_id, const std::string& user,
                                     bool reasons_review);

 private:
  Store& store_;
  AccessLogRepository log_;
  const std::string tenant_id_;
};

}  // namespace childrecord
