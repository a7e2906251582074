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
  auto fail_all = [&](const Error& error) {
    for (Pending* p : batch) p->result = error;
  };
  auto db = pool_.Acquire();
  if (!db.ok()) return fail_all(db.error());
  if (Status begun = (*db)->BeginWrite(); !begun.ok()) return fail_all(begun.error());
  // The access-log rows first, outside the writes' savepoints: a refused write's row stands.
  std::vector<AccessLogEntry*> access;
  for (Pending* p : batch) {
    for (AccessLogEntry& row : p->access) access.push_back(&row);
  }
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

}  // namespace childrecord
