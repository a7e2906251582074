#include "store/access_log_writer.h"

#include <map>
#include <string>
#include <utility>

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

Status AccessLogWriter::WriteRows(const std::vector<Pending*>& batch) {
  CR_ASSIGN_OR_RETURN(auto db, pool_.Acquire());
  CR_RETURN_IF_ERROR(db->BeginWrite());
  auto write = [&]() -> Status {
    std::map<std::string, JournalHead> heads;  // each tenant's chain, as far as this batch has written
    for (Pending* p : batch) {
      AccessLogEntry& e = p->entry;
      auto head = heads.find(e.tenant_id);
      if (head == heads.end()) {
        // Lock this tenant's chain. PostgreSQL: an advisory lock for the transaction, keyed by the
        // tenant (apart from the journal's, so reads do not queue behind writes to the record,
        // and other server processes chain after us); SQLite: BEGIN IMMEDIATE holds the write lock.
        if (dialect_ == Dialect::kPostgres) {
          CR_RETURN_IF_ERROR(db->Exec("SELECT pg_advisory_xact_lock(7351030, hashtext(?))", {e.tenant_id}));
        }
        CR_ASSIGN_OR_RETURN(JournalHead read, ReadChainHead(*db, "access_log", e.tenant_id));
        head = heads.emplace(e.tenant_id, std::move(read)).first;
      }
      e.seq = head->second.seq + 1;
      e.prev_hash = head->second.hash;
      e.recorded_at = clock_.Now();
      e.hash = ComputeAccessLogHash(e);
      CR_RETURN_IF_ERROR(db->Exec(
          "INSERT INTO access_log (tenant_id, seq, recorded_at, user_id, child_id, action, detail, address, reason, "
          "outcome, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {e.tenant_id, e.seq, FormatUtc(e.recorded_at), e.user_id, e.child_id, e.action, e.detail, e.address, e.reason,
           e.outcome, e.prev_hash, e.hash}));
      head->second = JournalHead{e.seq, e.hash};
    }
    return Status::Ok();
  };
  Status status = write();
  if (status.ok()) status = db->Commit();
  if (!status.ok()) db->Rollback();
  return status;
}

}  // namespace childrecord
