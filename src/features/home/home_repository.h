#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/home/home_views.h"
#include "store/store.h"

namespace childrecord {

// R40 and SPEC §4: the home page's reads, each one bounded and through an index (migration
// 0025_home.sql and those it names). `viewer_id` leaves out restricted records the viewer is not
// named on, as the children list does. Thread safe: each call takes its own connection from the
// store's pool. Borrows `store`, which must outlive it; cheap to make.
class HomeRepository {
 public:
  explicit HomeRepository(Store& store) : store_(store) {}

  // The open records allocated to `worker_id`, by name, at most `limit`, each with its latest home
  // visit (index children_by_worker; entries_by_child_in_page_order per child).
  Result<std::vector<HomeChild>> AllocatedTo(const std::string& tenant_id, const std::string& worker_id,
                                             const std::string& viewer_id, int64_t limit);
  // How many open records are allocated to `worker_id` (index children_by_worker).
  Result<int64_t> CountAllocatedTo(const std::string& tenant_id, const std::string& worker_id);
  // The records opened at or after `since`, newest first, at most `limit` (index children_by_opened).
  Result<std::vector<HomeChild>> OpenedSince(const std::string& tenant_id, const std::string& since,
                                             const std::string& viewer_id, int64_t limit);
  // R28: entries recorded late by `author_id` at or after `since`, newest first, at most `limit`
  // (index entries_by_author).
  Result<std::vector<HomeLateEntry>> LateBy(const std::string& tenant_id, const std::string& author_id,
                                            const std::string& since, const std::string& viewer_id, int64_t limit);
  // R28: the same for everyone in `team_id` (index users_by_team, then entries_by_author).
  Result<std::vector<HomeLateEntry>> LateInTeam(const std::string& tenant_id, const std::string& team_id,
                                                const std::string& since, const std::string& viewer_id, int64_t limit);
  // Each team's open and unallocated records (teams are few; counted through
  // children_by_team_worker). `team_id` empty: every team, by name; else that team only.
  Result<std::vector<TeamRecordCount>> TeamCounts(const std::string& tenant_id, const std::string& team_id);
  // R44: accounts locked now after too many failed sign-ins (the throttle's "account:TENANT:"
  // keys, read as a range of its primary key).
  Result<int64_t> LockedAccounts(const std::string& tenant_id, const std::string& now);

 private:
  Store& store_;
};

}  // namespace childrecord
