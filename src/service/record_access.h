#pragma once

#include <string>

#include "auth/access_policy.h"
#include "auth/principal.h"
#include "core/result.h"
#include "store/store.h"

namespace childrecord {

// The gate every read or change of a child's record passes: decides the access with the access
// table (auth/access_policy.h) and writes its access-log row (R40, SPEC §4) — for every refusal
// too — before any of the record is returned. The features' services call it first. Thread safe.
//
// Access outside the caller's caseload needs a reason: in `access.reason`, or (web sessions)
// one given earlier in the session for that child (GiveReason). Without one the answer is
// kReasonRequired; a reason of only white space is kValidation (field "reason") and is not logged.
// Restricted records the caller is not named on are kNotFound, as if they did not exist.
class RecordAccess {
 public:
  RecordAccess(Store& store, std::string tenant_id) : store_(store), tenant_id_(std::move(tenant_id)) {}

  // Decides one access to a child's record and logs it: ok when allowed (the row is durable),
  // otherwise the error to answer with (kNotFound, kForbidden, kReasonRequired, kValidation).
  Status Authorize(const Principal& who, const std::string& child_id, AccessAction action, const AccessContext& access,
                   const std::string& detail = "");
  // As Authorize, for a use case whose next step is Store::Append: when allowed, the access-log
  // row is returned instead of written, and the caller passes it to Store::Append, which commits
  // it with the write (one transaction, one fsync). A caller that stops before appending (its
  // input refused) writes it with Store::AppendAccessLog. Refusals are logged at once.
  Result<NewAccessLogEntry> AuthorizeWrite(const Principal& who, const std::string& child_id, AccessAction action,
                                           const AccessContext& access, const std::string& detail = "");

  // Pages: "Why do you need to see this record?" Checks the reason (kValidation, field "reason",
  // when blank), that the caller's role may see the record with a reason, and remembers it for
  // this child for the rest of the web session. Logged ("access.reason_given") with the reason.
  Status GiveReason(const Principal& who, const std::string& child_id, const std::string& reason,
                    const AccessContext& access);

  // Writes the access-log row of a decision a use case made itself (R40): opening a record, a
  // search of the children. `outcome`: "allowed", "refused" or "reason_required".
  Status Log(const Principal& who, const std::string& child_id, AccessAction action, const AccessContext& access,
             const std::string& detail, const std::string& reason, const char* outcome);

 private:
  // Authorize's decision; when allowed and `deferred` is given, the row is put there, not written.
  Status Decide(const Principal& who, const std::string& child_id, AccessAction action, const AccessContext& access,
                const std::string& detail, NewAccessLogEntry* deferred);
  // The access-log row of one decision (R40).
  NewAccessLogEntry Row(const Principal& who, const std::string& child_id, AccessAction action,
                        const AccessContext& access, const std::string& detail, const std::string& reason,
                        const char* outcome) const;

  Store& store_;
  std::string tenant_id_;
};

// The refusal of an action the caller's role may not take, in plain words ("Your role cannot
// record on this record."): no role or action codes, since people read it on the error page.
Error RoleCannot(const Principal& who, AccessAction action);

}  // namespace childrecord
