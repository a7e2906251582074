#include "store/journal_writer.h"

#include <utility>

#include "store/access_log_writer.h"

namespace childrecord {

JournalWriter::JournalWriter(ConnectionPool& pool, Dialect dialect, const Clock& clock, AppendOne append)
    : pool_(pool),
      dialect_(dialect),
      clock_(clock),
      append_(std::move(append)),
      queue_([this](const std::vector<Pending*>& batch) { WriteBatch(batch); }, /*max_batch=*/64) {}

Result<std::vector<JournalEvent>> JournalWriter::Append(const std::string& tenant_id, const std::string& actor,
                                                        std::vector<NewEvent> events,
                                                        std::vector<AccessLogEntry> access) {
  Pending mine{tenant_id, actor, std::move(events), std::move(access)};
  queue_.Submit(mine);
  return std::move(mine.result);
}

void JournalWriter::WriteBatch(const std::vector<Pending*>& batch) {
  if (WriteTogether(batch)) return;
  WriteEachInItsSavepoint(batch);
}

bool JournalWriter::WriteTogether(const std::vector<Pending*>& batch) {
  auto db = pool_.Acquire();
  if (!db.ok() || !(*db)->BeginWrite().ok()) return false;
  std::vector<Result<std::vector<JournalEvent>>> results;
  results.reserve(batch.size());
  bool all_written = WriteAccessLogRows(**db, dialect_, clock_, AccessRowsOf(batch)).ok();
  for (size_t i = 0; all_written && i < batch.size(); ++i) {
    const Pending& p = *batch[i];
    results.push_back(append_(**db, p.tenant_id, p.actor, p.events));  // a copy: kept for the second try
    all_written = results.back().ok();
  }
  if (!all_written) {
    (*db)->Rollback();
    return false;
  }
  if (Status committed = (*db)->Commit(); !committed.ok()) {
    // Not tried again: whether a failed commit wrote anything is not always known (a lost
    // PostgreSQL connection), and a write must never be made twice.
    (*db)->Rollback();
    for (Pending* p : batch) p->result = committed.error();
    return true;
  }
  for (size_t i = 0; i < batch.size(); ++i) batch[i]->result = std::move(results[i]);
  return true;
}

void JournalWriter::WriteEachInItsSavepoint(const std::vector<Pending*>& batch) {
  auto fail_all = [&](const Error& error) {
    for (Pending* p : batch) p->result = error;
  };
  auto db = pool_.Acquire();
  if (!db.ok()) return fail_all(db.error());
  if (Status begun = (*db)->BeginWrite(); !begun.ok()) return fail_all(begun.error());
  // The access-log rows first, outside the writes' savepoints: a refused write's row stands.
  const std::vector<AccessLogEntry*> access = AccessRowsOf(batch);
  if (Status logged = WriteAccessLogRows(**db, dialect_, clock_, access); !logged.ok()) {
    (*db)->Rollback();
    return fail_all(logged.error());
  }
  // Each write in its own savepoint, so a refused one is undone alone.
  bool any_written = false;
  for (Pending* p : batch) {
    if (Status s = (*db)->Exec("SAVEPOINT journal_write"); !s.ok()) {
      (*db)->Rollback();
      return fail_all(s.error());
    }
    p->result = append_(**db, p->tenant_id, p->actor, std::move(p->events));
    Status ended = p->result.ok() ? Status::Ok() : (*db)->Exec("ROLLBACK TO SAVEPOINT journal_write");
    if (ended.ok()) ended = (*db)->Exec("RELEASE SAVEPOINT journal_write");
    if (!ended.ok()) {
      (*db)->Rollback();
      return fail_all(ended.error());
    }
    any_written = any_written || p->result.ok();
  }
  if (!any_written && access.empty()) {  // every write refused: nothing to commit
    (*db)->Rollback();
    return;
  }
  if (Status committed = (*db)->Commit(); !committed.ok()) {
    (*db)->Rollback();
    fail_all(committed.error());  // nothing is written: the refused writes' rows neither
  }
}

std::vector<AccessLogEntry*> JournalWriter::AccessRowsOf(const std::vector<Pending*>& batch) {
  std::vector<AccessLogEntry*> access;
  for (Pending* p : batch) {
    for (AccessLogEntry& row : p->access) access.push_back(&row);
  }
  return access;
}

}  // namespace childrecord
