#pragma once

#include <vector>

#include "audit/access_log_entry.h"
#include "core/clock.h"
#include "core/result.h"
#include "store/connection_pool.h"
#include "store/group_commit.h"

namespace childrecord {

// The row to chain for `in` in `tenant_id`'s access log; kValidation when its free text (a
// reason, a search) is not valid UTF-8, which could not be hashed canonically.
Result<AccessLogEntry> AccessLogRowOf(const std::string& tenant_id, const NewAccessLogEntry& in);

// Chains and inserts `rows` (each with its tenant and what was done; seq, recorded_at, prev_hash
// and hash are set here) inside the write transaction the caller holds on `db`, each after the
// newest row of its tenant's log, in the order given. Used by AccessLogWriter, and by the
// JournalWriter for a write's own access-log row, committed with the write.
Status WriteAccessLogRows(Connection& db, Dialect dialect, const Clock& clock,
                          const std::vector<AccessLogEntry*>& rows);

// Appends rows to the tenants' hash-chained access logs with group commit (SPEC §4 "every read
// is logged"). Each read's row must be durable before its data is returned, and one transaction
// with its fsync per read made reads as slow as the disk: here the rows of concurrent requests
// are committed together (store/group_commit.h), each chained to the one before in its tenant's
// log in the order queued. A caller returns only when its own row is committed, or with its
// batch's error (nothing of a failed batch is written, so no row is half-chained). Thread safe;
// borrows `pool` and `clock`, which must outlive it.
class AccessLogWriter {
 public:
  AccessLogWriter(ConnectionPool& pool, Dialect dialect, const Clock& clock);

  // `entry` with its tenant and what was done; its seq, recorded_at, prev_hash and hash are set
  // here. Durable when it returns ok.
  Result<AccessLogEntry> Append(AccessLogEntry entry);

 private:
  struct Pending {
    AccessLogEntry entry;
    Status status = Status::Ok();
  };

  // Writes `batch` in one transaction, setting each entry's chain fields and every status.
  void WriteBatch(const std::vector<Pending*>& batch);
  Status WriteRows(const std::vector<Pending*>& batch);

  ConnectionPool& pool_;
  const Dialect dialect_;
  const Clock& clock_;
  GroupCommit<Pending> queue_;
};

}  // namespace childrecord
