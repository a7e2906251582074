#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/journal_event.h"
#include "core/result.h"
#include "store/connection_pool.h"
#include "store/group_commit.h"
#include "store/store.h"  // NewEvent

namespace childrecord {

// Appends to the tenants' journals with group commit: the writes of concurrent requests are
// committed in one transaction (store/group_commit.h), each in its own savepoint, so one write
// refused (a conflict, a payload the projections reject) is undone alone and the others stand.
// A caller returns only when its own write is committed and in the hash chain, or with its
// error; if the commit fails, every write of the batch fails with it and nothing is written.
// Thread safe; borrows `pool`, which must outlive it.
class JournalWriter {
 public:
  // Appends `events` for `actor` on `db`, inside the write transaction the writer holds
  // (Store::AppendInTransaction): validates, chains, projects.
  using AppendOne = std::function<Result<std::vector<JournalEvent>>(Connection& db, const std::string& tenant_id,
                                                                     const std::string& actor,
                                                                     std::vector<NewEvent> events)>;

  JournalWriter(ConnectionPool& pool, AppendOne append);

  // Durable and chained when it returns ok.
  Result<std::vector<JournalEvent>> Append(const std::string& tenant_id, const std::string& actor,
                                           std::vector<NewEvent> events);

 private:
  struct Pending {
    std::string tenant_id;
    std::string actor;
    std::vector<NewEvent> events;
    Result<std::vector<JournalEvent>> result = Error::Internal("The write was not made");
  };

  void WriteBatch(const std::vector<Pending*>& batch);

  ConnectionPool& pool_;
  const AppendOne append_;
  GroupCommit<Pending> queue_;
};

}  // namespace childrecord
