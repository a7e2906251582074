#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "audit/access_log_entry.h"
#include "core/clock.h"
#include "core/result.h"
#include "store/connection_pool.h"

namespace childrecord {

// The row to chain for `in` in `tenant_id`'s access log; kValidation when its free text (a
// reason, a search) is not valid UTF-8, which could not be hashed canonically.
Result<AccessLogEntry> AccessLogRowOf(const std::string& tenant_id, const NewAccessLogEntry& in);
// The rows of `entries`, in order, as AccessLogRowOf makes each; the first one's error if any.
Result<std::vector<AccessLogEntry>> AccessLogRowsOf(const std::string& tenant_id,
                                                    const std::vector<NewAccessLogEntry>& entries);

// Chains and inserts `rows` (each with its tenant and what was done; seq, recorded_at, prev_hash
// and hash are set here) inside the write transaction the caller holds on `db`, each after the
// newest row of its tenant's log, in the order given. Used by AccessLogWriter, and by the
// JournalWriter for a write's own access-log row, committed with the write.
Status WriteAccessLogRows(Connection& db, Dialect dialect, const Clock& clock,
                          const std::vector<AccessLogEntry*>& rows);

// Appends rows to the tenants' hash-chained access logs with group commit (SPEC §4 "every read
// is logged"). Each read's row must be durable before its data is returned, and one transaction
// with its fsync per read made reads as slow as the disk: here one thread of the writer's own
// takes every row queued while it committed the last batch and commits them together, each
// chained to the one before in its tenant's log in the order queued. A row is reported written
// only once its batch is committed, or with its batch's error (nothing of a failed batch is
// written, so no row is half-chained).
//
// A caller may wait (Append), or go on and be told (AppendAsync): the server's handlers go on to
// the next request while their answer waits for its row, so a read costs no thread blocked in
// the commit and no wake-up of its own.
//
// Thread safe; borrows `pool` and `clock`, which must outlive it. Destroying it writes what is
// queued first.
class AccessLogWriter {
 public:
  // Called with the row as chained (seq, recorded_at, prev_hash, hash set) once it is durable, or
  // with its batch's error.
  using Done = std::function<void(Result<AccessLogEntry>)>;

  AccessLogWriter(ConnectionPool& pool, Dialect dialect, const Clock& clock);
  ~AccessLogWriter();
  AccessLogWriter(const AccessLogWriter&) = delete;
  AccessLogWriter& operator=(const AccessLogWriter&) = delete;

  // `entry` with its tenant and what was done; its seq, recorded_at, prev_hash and hash are set
  // here. Durable when it returns ok. Must not be called from a Done.
  Result<AccessLogEntry> Append(AccessLogEntry entry);

  // Queues `entry` and returns at once; `done` runs on the writer's thread after the commit, so
  // it must be short and must not wait for the access log (the next batch waits for it). Rows
  // queued by one thread are chained in the order it queued them.
  void AppendAsync(AccessLogEntry entry, Done done);

  // Returns once every row queued before the call has been written and its Done has returned.
  void Drain();

 private:
  struct Pending {
    AccessLogEntry entry;
    Done done;
  };

  void Run();  // the writer's thread
  // Writes `batch` in one transaction, setting each entry's chain fields.
  Status WriteRows(std::vector<Pending>& batch);

  static constexpr size_t kMaxBatch = 512;

  ConnectionPool& pool_;
  const Dialect dialect_;
  const Clock& clock_;
  std::mutex mutex_;
  std::condition_variable queued_;   // a row was queued, or stopping_ set
  std::condition_variable written_;  // a batch was written (for Drain)
  std::deque<Pending> queue_;        // guarded by mutex_
  uint64_t queued_count_ = 0;        // guarded by mutex_: rows ever queued
  uint64_t written_count_ = 0;       // guarded by mutex_: rows ever written and reported
  bool stopping_ = false;            // guarded by mutex_
  std::thread thread_;               // last: started once the members above exist
};

}  // namespace childrecord
