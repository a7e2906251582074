#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "features/allocation/allocation_repository.h"
#include "features/allocation/allocation_views.h"
#include "features/allocation/team_move_rules.h"
#include "features/children/children_views.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// R40: who holds a record now and who held it before.
struct RecordAllocation {
  std::string worker_id;  // empty when unallocated
  std::string worker_name;
  std::vector<Allocation> history;  // newest first
};

// R40: a team manager allocates and reallocates their team's records — the use cases. Every call
// on a record decides access through RecordAccess::Authorize, so it is logged like any use of the
// record. Thread safe; borrows `store` and `record_access`, which must outlive it.
class AllocationService {
 public:
  AllocationService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), allocations_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access) {}

  // Allocates the record to a worker of its team, moves it to another, or leaves it with none (ends
  // the allocation) (allocation_rules.h BuildChildAllocated; every error of the input at once; a
  // closed record is refused). Decided as a
  // management decision on the record (kRecordDecision), then only the record's team manager or a
  // senior manager may (MayAllocate): others kForbidden.
  Result<RecordAllocation> Allocate(const Principal& who, const std::string& child_id, const Json& input,
                                    const AccessContext& access = {});
  // R20, R40: moves the record to another team with its transfer summary (team_move_rules.h
  // BuildTeamChanged; every error of the input at once; a closed record is refused). Decided as
  // a management decision on the record, then only the record's team manager or a senior manager
  // may (MayAllocate): others kForbidden. The record leaves its worker (kept as the previous one).
  Result<RecordAllocation> MoveTeam(const Principal& who, const std::string& child_id, const Json& input,
                                    const AccessContext& access = {});
  // The teams `child` may move to (every team but its own, by name), for one who may move it.
  Result<std::vector<Team>> OtherTeams(const Principal& who, const ChildRecord& child);
  // The record's worker and its allocation history (kReadOverview).
  Result<RecordAllocation> Get(const Principal& who, const std::string& child_id, const AccessContext& access = {});
  // The same for a record the caller has already been allowed to read (decides and logs nothing).
  Result<RecordAllocation> Current(const ChildRecord& child);
  // The workers `child` may be allocated to, with their caseloads, for one who may allocate it.
  Result<std::vector<TeamWorker>> Workers(const Principal& who, const ChildRecord& child);
  // The team's open records with no allocated worker, by name, a page of at most 50 after `cursor`
  // (bounded whatever the team's size), for the team's manager; a senior manager sees their own
  // team's. kForbidden for everyone else.
  Result<Page<UnallocatedChild>> Unallocated(const Principal& who, const std::string& cursor = "");

 private:
  Store& store_;
  AllocationRepository allocations_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
};

}  // namespace childrecord
