#include "store/access_log_writer.h"

#include <future>
#include <map>
#include <string>
#include <utility>

#include "core/canonical_json.h"
#include "core/time_format.h"
#include "store/chain_head.h"

namespace childrecord {

AccessLogWriter::AccessLogWriter(ConnectionPool& pool, Dialect dialect, const Clock& clock)
    : pool_(pool), dialect_(dialect), clock_(clock), thread_([this] { Run(); }) {}

AccessLogWriter::~AccessLogWriter() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_one();
  thread_.join();
}

Result<AccessLogEntry> AccessLogWriter::Append(AccessLogEntry entry) {
  // Shared with the callback: it may still be returning from set_value when get() does.
  auto written = std::make_shared<std::promise<Result<AccessLogEntry>>>();
  std::future<Result<AccessLogEntry>> result = written->get_future();
  AppendAsync(std::move(entry), [written](Result<AccessLogEntry> row) { written->set_value(std::move(row)); });
  return result.get();
}

void AccessLogWriter::AppendAsync(AccessLogEntry entry, Done done) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(Pending{std::move(entry), std::move(done)});
    ++queued_count_;
  }
  queued_.notify_one();
}

void AccessLogWriter::Drain() {
  std::unique_lock lock(mutex_);
  const uint64_t target = queued_count_;
  written_.wait(lock, [&] { return written_count_ >= target; });
}

void AccessLogWriter::Run() {
  std::vector<Pending> batch;
  while (true) {
    {
      std::unique_lock lock(mutex_);
      queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and everything queued is written
      while (!queue_.empty() && batch.size() < kMaxBatch) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    const Status status = WriteRows(batch);
    for (Pending& p : batch) {
      try {
        if (status.ok()) {
          p.done(std::move(p.entry));
        } else {
          p.done(status.error());
        }
      } catch (const std::exception&) {
        // A Done that throws loses only its own report: the row is written, the others are told.
      }
    }
    {
      std::lock_guard lock(mutex_);
      written_count_ += batch.size();
    }
    written_.notify_all();
    batch.clear();
  }
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

Result<std::vector<AccessLogEntry>> AccessLogRowsOf(const std::string& tenant_id,
                                                    const std::vector<NewAccessLogEntry>& entries) {
  std::vector<AccessLogEntry> rows;
  rows.reserve(entries.size());
  for (const NewAccessLogEntry& in : entries) {
    CR_ASSIGN_OR_RETURN(AccessLogEntry row, AccessLogRowOf(tenant_id, in));
    rows.push_back(std::move(row));
  }
  return rows;
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

Status AccessLogWriter::WriteRows(std::vector<Pending>& batch) {
  CR_ASSIGN_OR_RETURN(auto db, pool_.Acquire());
  CR_RETURN_IF_ERROR(db->BeginWrite());
  std::vector<AccessLogEntry*> rows;
  rows.reserve(batch.size());
  for (Pending& p : batch) rows.push_back(&p.entry);
  Status status = WriteAccessLogRows(*db, dialect_, clock_, rows);
  if (status.ok()) status = db->Commit();
  if (!status.ok()) db->Rollback();
  return status;
}

}  // namespace childrecord
