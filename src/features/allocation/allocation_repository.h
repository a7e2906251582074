#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "features/allocation/allocation_views.h"
#include "store/store.h"

namespace childrecord {

// R40 in the database: the child_allocations table projected from child.allocated
// (allocation_events.cc) and children.allocated_worker_id. Reads only; a record is allocated by
// appending the event. Thread safe: each call takes its own connection from the store's pool.
// Borrows `store`, which must outlive it; cheap to make.
class AllocationRepository {
 public:
  explicit AllocationRepository(Store& store) : store_(store) {}

  // The record's allocations, newest first (index child_allocations_by_child).
  Result<std::vector<Allocation>> History(const std::string& tenant_id, const std::string& child_id);
  // The active practitioners of `team_id` by name, each with their caseload: the open records
  // allocated to them (indexes users_by_team, children_by_worker).
  Result<std::vector<TeamWorker>> TeamWorkers(const std::string& tenant_id, const std::string& team_id);
  // The team's open records with no allocated worker, by name, a page of at most `limit` after
  // `cursor` (a `next` of an earlier page; kBadRequest "cursor" for any other), read through index
  // children_by_team_worker in its order.
  Result<Page<UnallocatedChild>> Unallocated(const std::string& tenant_id, const std::string& team_id, int64_t limit,
                                             const std::string& cursor = "");

 private:
  Store& store_;
};

}  // namespace childrecord
