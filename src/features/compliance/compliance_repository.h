#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "features/compliance/compliance_views.h"
#include "record/read_models.h"
#include "store/store.h"

namespace childrecord {

// The facts of a record's completeness that no other feature reads for it, each by child through
// an index, and a team's open records a page at a time. Thread safe; borrows `store`.
class ComplianceRepository {
 public:
  explicit ComplianceRepository(Store& store) : store_(store) {}

  // The people linked to the child (child_people_by_child).
  Result<int64_t> PeopleOf(const std::string& tenant_id, const std::string& child_id);
  // Entries on the child's record recorded late (R28) since `since` (RFC 3339 UTC;
  // entries_by_child_recorded).
  Result<int64_t> LateEntriesSince(const std::string& tenant_id, const std::string& child_id, const std::string& since);
  // Whether the record's latest closure has no closing summary (R20; closures journaled before it
  // was required). False for a record never closed.
  Result<bool> LatestClosureWithoutSummary(const std::string& tenant_id, const std::string& child_id);
  // A page of at most `limit` open records of the team in name order after `cursor` (a `next` of
  // an earlier page; kBadRequest "cursor" for any other), through children_by_team_worker. A
  // restricted record is left out unless `viewer_id` is named on it.
  Result<Page<ComplianceChild>> OpenRecordsOfTeam(const std::string& tenant_id, const std::string& team_id,
                                                  const std::string& viewer_id, const std::string& cursor,
                                                  int64_t limit);

 private:
  Store& store_;
};

}  // namespace childrecord
