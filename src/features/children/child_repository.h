#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "features/children/children_views.h"
#include "record/read_models.h"
#include "store/store.h"

namespace childrecord {

// Finding children by name and reading one child's record (R1, R40).
// Thread safe: each call takes its own connection from the store's pool. Borrows `store`, which
// must outlive it; cheap to make.
class ChildRepository {
 public:
  explicit ChildRepository(Store& store) : store_(store) {}

  // Children whose name contains `query` (case-insensitive; all when empty), by name.
  // `cursor` is a `next` from an earlier page. Restricted records are left out unless
  // `viewer_id` is named on them; with no viewer they are always left out. `scope` narrows the
  // list to a worker's or a team's records, read by the index on the worker (children_by_worker)
  // or the team (children_by_team_worker), so a caseload costs what it holds.
  Result<Page<ChildListItem>> SearchChildren(const std::string& tenant_id, const std::string& query, int limit,
                                             const std::string& cursor, const std::string& viewer_id = "",
                                             const ChildListScope& scope = {});
  Result<ChildRecord> GetChild(const std::string& tenant_id, const std::string& child_id);
  // R40: the records reallocated from `user_id` at or after `since` (an RFC 3339 UTC instant), each
  // with when: those the worker may still read (auth/access_policy.h IsRecentPreviousWorker decides).
  // One read through child_allocations_by_previous_worker.
  Result<std::vector<std::pair<std::string, TimePoint>>> RecentlyHeldBy(const std::string& tenant_id,
                                                                         const std::string& user_id,
                                                                         const std::string& since);

 private:
  Store& store_;
};

}  // namespace childrecord
