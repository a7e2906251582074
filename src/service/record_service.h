#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/access_policy.h"
#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "store/store.h"

namespace childrecord {

// The use cases of the child's record: checks who may do what (auth/access_policy.h), validates
// with the pure rules in src/record, checks references against the store, appends the events,
// and writes an access-log row for every read or change of a child's record (and for every
// refusal), before any of the record is returned. HTTP handlers and the CLI call these; they
// hold no rules of their own. Thread safe.
//
// Access outside the caller's caseload needs a reason: in `access.reason`, or (web sessions)
// one given earlier in the session for that child (GiveReason). Without one the answer is
// kReasonRequired; a reason of only white space is kValidation (field "reason") and is not logged.
// Restricted records the caller is not named on are kNotFound, as if they did not exist.
class RecordService {
 public:
  RecordService(Store& store, std::string tenant_id) : store_(store), tenant_id_(std::move(tenant_id)) {}

  // R1: a First Contact user (or a manager) accepts a referral; the record opens.
  Result<ChildRecord> OpenRecord(const Principal& who, const Json& input, const AccessContext& access = {});

  // Children by name. Restricted records are left out unless the caller is named on them; a child
  // the caller may not open without a reason comes back with only id and full_name
  // (reason_required set). Logged as one "children.search" row.
  Result<Page<ChildListItem>> SearchChildren(const Principal& who, const std::string& query, int limit,
                                             const std::string& cursor, const AccessContext& access = {});
  Result<ChildRecord> GetChild(const Principal& who, const std::string& child_id, const AccessContext& access = {});
  // Decides one access to a child's record and logs it: ok when allowed (the row is durable),
  // otherwise the error to answer with (kNotFound, kForbidden, kReasonRequired, kValidation).
  // For use cases elsewhere that read or change a child's record (e.g. words we use).
  Status Authorize(const Principal& who, const std::string& child_id, AccessAction action, const AccessContext& access,
                   const std::string& detail = "");

  // Pages: "Why do you need to see this record?" Checks the reason (kValidation, field "reason",
  // when blank), that the caller's role may see the record with a reason, and remembers it for
  // this child for the rest of the web session. Logged ("access.reason_given") with the reason.
  Status GiveReason(const Principal& who, const std::string& child_id, const std::string& reason,
                    const AccessContext& access);

 private:
  // Writes the access-log row of one decision (R40).
  Status Log(const Principal& who, const std::string& child_id, AccessAction action, const AccessContext& access,
             const std::string& detail, const std::string& reason, const char* outcome);

  Store& store_;
  std::string tenant_id_;
};

}  // namespace childrecord
