#include "store/access_log_writer.h"

#include <map>
#include <string>
#include <utility>

#include "core/canonical_json.h"
#include "core/time_format.h"
#include "store/chain_head.h"

namespace childrecord {

AccessLogWriter::AccessLogWriter(ConnectionPool& pool, Dialect dialect, const Clock& clock)
    : pool_(pool),
      dialect_(dialect),
      clock_(clock),
      queue_([this](const std::vector<Pending*>& batch) { WriteBatch(batch); }, /*max_batch=*/512) {}

Result<AccessLogEntry> AccessLogWriter::Append(AccessLogEntry entry) {
  Pending mine{std::move(entry)};
  queue_.Submit(mine);
  if (!mine.status.ok()) return mine.status.error();
  return std::move(mine.entry);
}

void AccessLogWriter::WriteBatch(const std::vector<Pending*>& batch) {
  const Status status = WriteRows(batch);
  for (Pending* p : batch) p->status = status;
}

Result<AccessLogEntry> AccessLogRowOf(const std::string& tenant_id, const NewAccessLogEntry& in) {
  AccessLogEntry entry;
  entry.tenant_id = tenant_id;
  entry.user_id = in.user_id;
  entry.child_id = in.child_id;
  entry.action = in.action;
  entry.detail = in.detail;
  entry.address = in.address;
  entry.reason = in.reason;
  entry.outcome = in.outcome;
  if (auto text = CanonicalJson(AccessLogHeaderJson(entry)); !text.ok()) {
    return Error::Validation("reason", "The text must be valid UTF-8");
  }
  return entry;
}

Status WriteAccessLogRows(Connection& db, Dialect dialect, const Clock& clock,
                          const std::vector<AccessLogEntry*>& rows) {
  std::map<std::string, JournalHead> heads;  // each tenant's chain, as far as these rows have written
  for (AccessLogEntry* row : rows) {
    AccessLogEntry& e = *row;
    auto head = heads.find(e.tenant_id);
    if (head == heads.end()) {
      // Lock this tenant's chain. PostgreSQL: an advisory lock for the transaction, keyed by the
      // tenant (apart from the journal's, so reads do not queue behind writes to the record, and
      // other server processes chain after us; a journal write takes it after the journal's, and
      // nothing takes them the other way round); SQLite: BEGIN IMMEDIATE holds the write lock.
      if (dialect == Dialect::kPostgres) {
        CR_RETURN_IF_ERROR(db.Exec("SELECT pg_advisory_xact_lock(7351030, hashtext(?))", {e.tenant_id}));
      }
      CR_ASSIGN_OR_RETURN(JournalHead read, ReadChainHead(db, "access_log", e.tenant_id));
      head = heads.emplace(e.tenant_id, std::move(read)).first;
    }
    e.seq = head->second.seq + 1;
    e.prev_hash = head->second.hash;
    e.recorded_at = clock.Now();
    e.hash = ComputeAccessLogHash(e);
    CR_RETURN_IF_ERROR(db.Exec(
        "INSERT INTO access_log (tenant_id, seq, recorded_at, user_id, child_id, action, detail, address, reason, "
        "outcome, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {e.tenant_id, e.seq, FormatUtc(e.recorded_at), e.user_id, e.child_id, e.action, e.detail, e.address, e.reason,
         e.outcome, e.prev_hash, e.hash}));
    head->second = JournalHead{e.seq, e.hash};
  }
  return Status::Ok();
}

Status AccessLogWriter::WriteRows(const std::vector<Pending*>& batch) {
  CR_ASSIGN_OR_RETURN(auto db, pool_.Acquire());
  CR_RETURN_IF_ERROR(db->BeginWrite());
  std::vector<AccessLogEntry*> rows;
  rows.reserve(batch.size());
  for (Pending* p : batch) rows.push_back(&p->entry);
  Status status = WriteAccessLogRows(*db, dialect_, clock_, rows);
  if (status.ok()) status = db->Commit();
  if (!status.ok()) db->Rollback();
  return status;
}

}  // namespace childrecord
