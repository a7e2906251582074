#pragma once

#include <optional>
#include <string>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "features/children/children_views.h"
#include "features/closure/closure_rules.h"
#include "features/closure/closure_views.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// R1: closing a record when involvement ends, and reopening it on a new referral (one record per
// child) — the use cases. Every call decides access through RecordAccess::Authorize, so it is
// logged like any use of the record. Thread safe; borrows `store` and `record_access`, which must
// outlive it.
class ClosureService {
 public:
  ClosureService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access) {}

  // Ends involvement (closure_rules.h BuildRecordClosed): a team manager or senior manager closes
  // the record with the date, why and the closing summary (R20). The record stays readable;
  // nothing is deleted. kForbidden for other roles; already closed: kConflict.
  Result<ChildRecord> Close(const Principal& who, const std::string& child_id, const Json& input,
                            const AccessContext& access = {});
  // A new referral for a child whose record is closed reopens it (BuildRecordReopened), by those
  // who accept referrals (AccessAction::kOpenRecord on the record). An open record: kConflict.
  Result<ChildRecord> Reopen(const Principal& who, const std::string& child_id, const Json& input,
                             const AccessContext& access = {});

  // How involvement ended when `child` is closed; none when it is open. For a record the caller
  // has already been allowed to read (it decides nothing and logs nothing itself).
  Result<std::optional<RecordClosure>> Current(const ChildRecord& child);

 private:
  // What closure_rules.h decides from: the record's status, referral and current closure.
  Result<RecordState> StateOf(const ChildRecord& child);

  Store& store_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
};

}  // namespace childrecord
