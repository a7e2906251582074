#pragma once

#include <optional>
#include <string>

#include "core/canonical_json.h"
#include "core/result.h"
#include "record/read_models.h"

namespace childrecord {

// R40: "The Team Manager is responsible for their team's records; duties can be delegated." The
// manager delegates a record's day-to-day work by allocating it to a worker of the team, and
// reallocates it when the work moves on. Every allocation is journaled (child.allocated,
// allocation_events.h) so the record's history says who held it, who decided and when; the worker
// it moved from keeps read access for a while after (auth/access_policy.h, kPreviousWorkerReadAccess).
// Pure: no I/O.

// Who may allocate a record of `record_team_id`: that team's manager, or a senior manager
// (responsible for every team). Nobody else, whatever their access to the record.
bool MayAllocate(const UserAccount& who, const std::string& record_team_id);
// What a refusal says.
inline constexpr char kOnlyManagersAllocate[] =
    "Only the team manager of the record’s team or a senior manager can allocate a worker to it";

// The roles a record can be allocated to: the practitioners who hold a caseload.
bool HoldsCaseload(const std::string& role);

// What the record says now, for the checks below.
struct AllocationState {
  std::string team_id;            // the record's team
  std::string current_worker_id;  // empty when unallocated
  std::string current_worker_name;
  bool closed = false;  // a closed record has no work to delegate (R1, R20: reopen it first)
};

// The allocation's reason (optional text, at most 2000 characters), as BuildChildAllocated checks
// it: kValidation field "reason".
Result<std::string> AllocationReason(const Json& input);

// Validates an allocation and builds the child.allocated payload. `input`:
//   worker_id  the worker's id; null (or absent) leaves the record with no allocated worker
//   reason     optional: why ("Sam is going on leave; Ada knows the family")
// `worker` is the account worker_id names (none when there is no such account). Every problem is
// reported at once: no such worker, a worker who is not active, not a practitioner or not in the
// record's team, the worker the record is already allocated to (also "no worker" for an
// unallocated record), a reason that is too long, a closed record (field "worker_id"). Payload: {child_id, worker_id|null,
// previous_worker_id|null, reason|null}.
Result<Json> BuildChildAllocated(const Json& input, const std::string& child_id, const AllocationState& state,
                                 const std::optional<UserAccount>& worker);

}  // namespace childrecord
