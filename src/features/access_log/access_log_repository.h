#pragma once

#include <string>

#include "core/result.h"
#include "features/access_log/access_log_views.h"
#include "store/store.h"

namespace childrecord {

// The access log in the database, as the audit views read it (SPEC §4: "Audit views are for
// auditors and managers"). Reads only: rows are appended by Store::AppendAccessLog on every read
// of a record, and the chain is walked by verify (Store::Snapshot::ForEachAccessLogEntry).
// Thread safe: each call takes its own connection from the store's pool. Borrows `store`.
class AccessLogRepository {
 public:
  explicit AccessLogRepository(Store& store) : store_(store) {}

  // Rows matching `filter`, newest first (by seq), at most `limit` (>= 1, else kBadRequest field
  // "limit"). `cursor` is a `next` from an earlier page (kBadRequest field "cursor" for any other);
  // `next` is empty on the last page. A restricted record's name is shown only to a viewer named
  // on it (filter.viewer_id); to others it reads "A restricted record".
  Result<Page<AccessLogView>> List(const std::string& tenant_id, const AccessLogFilter& filter, int limit,
                                   const std::string& cursor);

  // The internal id of the child whose Child ID (the local_child_id people see on the record) is
  // `local_child_id`, or "" when no child has it. One row through children_by_local_child_id.
  Result<std::string> ChildIdOfLocalId(const std::string& tenant_id, const std::string& local_child_id);

 private:
  Store& store_;
};

}  // namespace childrecord
