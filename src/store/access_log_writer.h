#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

#include "audit/access_log_entry.h"
#include "core/clock.h"
#include "core/result.h"
#include "store/connection_pool.h"

namespace childrecord {

// Appends rows to the tenants' hash-chained access logs with group commit (the journal's
// principle applied to every read: SPEC §4 "every read is logged"). Each read's row must be durable
// before its data is returned, and one transaction with its fsync per read made reads as slow as
// the disk: here the rows of concurrent requests are committed together. A caller queues its row;
// the first caller in the queue becomes the writer, takes every row queued (up to a batch), writes
// them in one write transaction in queue order, chaining each to the one before, and wakes the
// others; a caller returns only when its own row is committed, or with the batch's error (nothing
// of a failed batch is written, so no row is half-chained). The leveldb writers' queue, without a
// thread of its own. Thread safe; borrows `pool` and `clock`, which must outlive it.
class AccessLogWriter {
 public:
  AccessLogWriter(ConnectionPool& pool, Dialect dialect, const Clock& clock)
      : pool_(pool), dialect_(dialect), clock_(clock) {}

  // `entry` with its tenant and what was done; its seq, recorded_at, prev_hash and hash are set
  // here. Durable when it returns ok.
  Result<AccessLogEntry> Append(AccessLogEntry entry);

 private:
  struct Pending {
    AccessLogEntry entry;
    Status status = Status::Ok();
    bool done = false;
    std::condition_variable woken;
  };

  // Writes `batch` in one transaction; sets each entry's chain fields.
  Status WriteBatch(const std::vector<Pending*>& batch);

  static constexpr size_t kMaxBatch = 512;

  ConnectionPool& pool_;
  const Dialect dialect_;
  const Clock& clock_;
  std::mutex mutex_;
  std::deque<Pending*> queue_;  // guarded by mutex_; the front is the writer
};

}  // namespace childrecord
