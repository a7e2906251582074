#pragma once

#include <functional>
#include <string>
#include <vector>

#include "audit/access_log_entry.h"
#include "core/clock.h"
#include "core/journal_event.h"
#include "core/result.h"
#include "store/connection_pool.h"
#include "store/group_commit.h"
#include "store/store.h"  // NewEvent

namespace childrecord {

// Appends to the tenants' journals with group commit: the writes of concurrent requests are
// committed in one transaction (store/group_commit.h). One write refused (a conflict, a payload
// the projections reject) is undone alone and the others stand: a batch is first written with no
// savepoint (FTS5 writes its pending words out as a new segment at every savepoint, which nearly
// halves its rate), and only if a write of it is refused is that transaction rolled back and the
// batch written again with each write in its own savepoint.
// A caller returns only when its own write is committed and in the hash chain, or with its
// error; if the commit fails, every write of the batch fails with it and nothing is written.
// A write may bring the access-log rows of the decision to make it: they are chained and
// committed in the same transaction, outside the write's savepoint, so they stand when the write
// is refused (SPEC §4: the row is durable before anything is answered, with one fsync for both).
// Thread safe; borrows `pool` and `clock`, which must outlive it.
class JournalWriter {
 public:
  // Appends `events` for `actor` on `db`, inside the write transaction the writer holds
  // (Store::AppendInTransaction): validates, chains, projects.
  using AppendOne = std::function<Result<std::vector<JournalEvent>>(
      Connection& db, const std::string& tenant_id, const std::string& actor, std::vector<NewEvent> events)>;

  JournalWriter(ConnectionPool& pool, Dialect dialect, const Clock& clock, AppendOne append);

  // Durable and chained when it returns ok; `access` (rows with their tenant and what was done)
  // is durable when it returns, whatever the outcome, unless the commit itself failed.
  Result<std::vector<JournalEvent>> Append(const std::string& tenant_id, const std::string& actor,
                                           std::vector<NewEvent> events, std::vector<AccessLogEntry> access = {});

 private:
  struct Pending {
    std::string tenant_id;
    std::string actor;
    std::vector<NewEvent> events;
    std::vector<AccessLogEntry> access;
    Result<std::vector<JournalEvent>> result = Error::Internal("The write was not made");
  };

  void WriteBatch(const std::vector<Pending*>& batch);
  // Every write of the batch in one transaction, each result set; false, with nothing written and
  // no result set, when a write or the access-log rows could not be made (WriteEachInItsSavepoint
  // then writes the batch). A failed commit fails every write of the batch and returns true.
  bool WriteTogether(const std::vector<Pending*>& batch);
  void WriteEachInItsSavepoint(const std::vector<Pending*>& batch);
  static std::vector<AccessLogEntry*> AccessRowsOf(const std::vector<Pending*>& batch);

  ConnectionPool& pool_;
  const Dialect dialect_;
  const Clock& clock_;
  const AppendOne append_;
  GroupCommit<Pending> queue_;
};

}  // namespace childrecord
