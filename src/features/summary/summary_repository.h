#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/summary/summary_rules.h"
#include "features/summary/summary_views.h"
#include "store/store.h"

namespace childrecord {

// R25 in the database: case_note_summaries projected from child.case_note_summary_written
// (summary_events.cc), and the reads of other features' tables the due rule needs. Reads only; a
// summary is written by appending the event. Thread safe: each call takes its own connection from
// the store's pool. Borrows `store`, which must outlive it; cheap to make.
class SummaryRepository {
 public:
  explicit SummaryRepository(Store& store) : store_(store) {}

  // The current summary (the highest version), or nullopt when none was written (index: the
  // table's UNIQUE (tenant_id, child_id, version)).
  Result<std::optional<SummaryVersion>> Latest(const std::string& tenant_id, const std::string& child_id);
  // Every version, newest first (R25: every version kept, who and when).
  Result<std::vector<SummaryVersion>> Versions(const std::string& tenant_id, const std::string& child_id);

  // R25's significant changes recorded on the child's record after `since` (UTC RFC 3339; empty:
  // all), oldest first, in the struct the due rule takes (summary_rules.h DecideSummaryDue):
  //   entries marked significant (entries, index entries_significant_by_child_recorded);
  //   someone moving in or out of the household (child_person_link_changes whose change holds
  //   "home_periods", index child_person_link_changes_by_child_time);
  //   a change of living arrangement, of legal status, or a new order (living_arrangements, each
  //   compared with the one before it, index living_arrangements_by_child).
  // The one place these are read, so it can later be pointed at the chronology instead.
  Result<std::vector<SignificantChange>> SignificantChangesSince(const std::string& tenant_id,
                                                                 const std::string& child_id, const std::string& since);

  // R25 out of hours: entries recorded by Emergency Duty Team accounts since `since` on the open
  // records allocated to `worker_id`, newest first, at most `limit` (indexes children_by_worker,
  // entries_by_child_recorded).
  Result<std::vector<OutOfHoursEntry>> OutOfHoursEntriesFor(const std::string& tenant_id, const std::string& worker_id,
                                                            const std::string& since, int limit = 20);

 private:
  Store& store_;
};

}  // namespace childrecord
