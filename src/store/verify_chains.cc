#include "store/verify_chains.h"

#include <optional>

#include "audit/access_log_entry.h"
#include "core/sha256.h"
#include "core/time_format.h"
#include "store/access_log_rows.h"
#include "store/journal_rows.h"
#include "store/projected_rows.h"
#include "store/verify_canonical.h"
#include "store/verify_hashes.h"
#include "store/verify_pipeline.h"

namespace childrecord::verify {
namespace {

constexpr int64_t kEventsPerBatch = 1000;
constexpr int64_t kAccessLogRowsPerBatch = 5000;
constexpr int64_t kStoredRowsPerQuery = 5000;
constexpr size_t kStoredBytesPerWrite = 1 << 18;

// Rows read in seq order, with what the walk needs from the row before the first of them: each
// row's seq must be the one before it plus one, and its prev_hash the hash of the row before it.
// (A walk stops at its first problem, so up to the first bad row this is the same as counting.)
struct ChainBatch {
  SqlRows rows;
  int64_t seq_before = 0;
  std::string hash_before = kGenesisHash;
};

// What the checking of one batch found, concluded in seq order.
struct CheckedBatch {
  ChainPass pass;                      // within the batch: last good row, and its first problem
  std::vector<std::string> by_bucket;  // the good events' mutations (journal only)
};

// Concludes batches in order into `total`; false (stop) at the first batch with a problem.
bool Conclude(ChainPass& total, CheckedBatch& batch) {
  if (batch.pass.last_good > 0) {
    total.last_good = batch.pass.last_good;
    total.head_hash = std::move(batch.pass.head_hash);
  }
  if (!batch.pass.hash_at_checkpoint.empty()) total.hash_at_checkpoint = std::move(batch.pass.hash_at_checkpoint);
  if (batch.pass.problem.empty()) return true;
  total.first_bad_seq = batch.pass.first_bad_seq;
  total.problem = std::move(batch.pass.problem);
  return false;
}

// The checks of one event, in the order verify has always made them (so that the problem named is
// the same whichever threads ran).
CheckedBatch CheckEvents(ChainBatch& batch, const std::string& tenant_id, int64_t checkpoint_seq,
                         const RowBuckets& buckets) {
  CheckedBatch out;
  out.by_bucket.resize(buckets.count());
  int64_t expected = batch.seq_before + 1;
  std::string prev = batch.hash_before;
  const JournalColumnPlaces& at = JournalPlaces();
  for (SqlRow& row : batch.rows) {
    JournalEvent event = JournalEventHeaderFromRow(tenant_id, row, at);
    std::optional<std::string> payload_text;
    bool canonical = false;  // known to be, by the quick parse
    if (!IsNull(row[at.payload])) {
      payload_text = std::move(std::get<std::string>(row[at.payload]));
      if (auto quick = ParseCanonicalJson(*payload_text)) {
        event.payload = std::move(*quick);
        canonical = true;
      } else {
        event.payload = Json::parse(*payload_text, nullptr, false);
        if (event.payload.is_discarded()) event.payload = nullptr;
      }
    }
    auto fail = [&](int64_t seq, std::string problem) {
      out.pass.first_bad_seq = seq;
      out.pass.problem = std::move(problem);
      return std::move(out);
    };
    const std::string where = "Event " + std::to_string(event.seq) + " (" + event.type + ")";
    if (event.seq != expected) {
      return fail(expected, "Event " + std::to_string(expected) + " is missing: the journal jumps from event " +
                                std::to_string(expected - 1) + " to event " + std::to_string(event.seq));
    }
    if (!payload_text) return fail(event.seq, where + ": its payload is missing");
    if (Sha256Hex(*payload_text) != event.payload_sha256) {
      return fail(event.seq, where + ": its payload does not match the hash recorded for it (the content was changed)");
    }
    if (event.payload.is_null()) return fail(event.seq, where + ": its payload is not JSON");
    if (!canonical) {
      // What the quick parse refused is judged by the canonical spelling itself before a payload is
      // called altered (tests/store/verify_canonical_test.cc holds the two to each other).
      auto spelt = CanonicalJson(event.payload);
      if (!spelt.ok() || *spelt != *payload_text)
        return fail(event.seq, where + ": its payload is not in canonical form");
    }
    if (event.prev_hash != prev) {
      return fail(event.seq, where + ": it does not follow event " + std::to_string(event.seq - 1) +
                                 " (the chain is broken: events were removed, inserted or reordered)");
    }
    if (EventHash(event) != event.hash) {
      return fail(event.seq, where + ": its header does not match its hash (time, author, type or order changed)");
    }
    Result<std::vector<Mutation>> mutations = Error::Internal("");
    try {
      mutations = Project(event);
    } catch (const std::exception& e) {  // a projector that trusted a shape the payload does not have
      return fail(event.seq, where + ": it cannot be projected (" + e.what() + ")");
    }
    if (!mutations.ok()) return fail(event.seq, mutations.error().message);
    for (const Mutation& m : *mutations) {
      RowBuckets::EncodeMutation(out.by_bucket[buckets.BucketOf(m.id)], event.seq, event.type, m);
    }
    out.pass.last_good = event.seq;
    out.pass.head_hash = event.hash;
    if (event.seq == checkpoint_seq) out.pass.hash_at_checkpoint = event.hash;
    prev = std::move(event.hash);
    ++expected;
  }
  return out;
}

CheckedBatch CheckAccessRows(ChainBatch& batch, const std::string& tenant_id, int64_t checkpoint_seq) {
  CheckedBatch out;
  int64_t expected = batch.seq_before + 1;
  std::string prev = batch.hash_before;
  const AccessLogColumnPlaces& at = AccessLogPlaces();
  for (const SqlRow& sql_row : batch.rows) {
    const AccessLogEntry row = AccessLogEntryFromRow(tenant_id, sql_row, at);
    auto fail = [&](int64_t seq, std::string problem) {
      out.pass.first_bad_seq = seq;
      out.pass.problem = std::move(problem);
      return std::move(out);
    };
    const std::string where = "Access log row " + std::to_string(row.seq);
    if (row.seq != expected) {
      return fail(expected, "Access log row " + std::to_string(expected) + " is missing: the log jumps from row " +
                                std::to_string(expected - 1) + " to row " + std::to_string(row.seq));
    }
    if (row.prev_hash != prev) {
      return fail(row.seq, where + ": it does not follow row " + std::to_string(row.seq - 1) +
                               " (the chain is broken: rows were removed, inserted or reordered)");
    }
    if (AccessLogHash(row) != row.hash) {
      return fail(row.seq, where +
                               ": its content does not match its hash (who, when, what, where from or why "
                               "was changed)");
    }
    out.pass.last_good = row.seq;
    out.pass.head_hash = row.hash;
    if (row.seq == checkpoint_seq) out.pass.hash_at_checkpoint = row.hash;
    prev = row.hash;
    ++expected;
  }
  return out;
}

// Reads `sql` (tenant, after seq, limit) batch by batch in seq order and hands each batch to `pool`
// (`seq_column`, `hash_column`: where a row's seq and hash are, looked up by name by the caller);
// while the pool is full, calls `aside` (one step of other
// reading, true while it has more) instead of waiting. Stops when the pool does. True when every
// row was read and handed over.
Result<bool> ReadChain(Connection& db, const std::string& sql, const std::string& tenant_id, int64_t per_batch,
                       size_t seq_column, size_t hash_column, OrderedPool<ChainBatch, CheckedBatch>& pool,
                       const std::function<Result<bool>()>& aside = nullptr) {
  bool more_aside = aside != nullptr;
  ChainBatch batch;
  while (true) {
    CR_ASSIGN_OR_RETURN(batch.rows, db.Query(sql, {tenant_id, batch.seq_before, per_batch}));
    const bool last = static_cast<int64_t>(batch.rows.size()) < per_batch;
    if (batch.rows.empty()) return true;
    ChainBatch next;
    next.seq_before = AsInt(batch.rows.back()[seq_column]);
    next.hash_before = AsText(batch.rows.back()[hash_column]);
    while (true) {
      const auto offer = pool.TrySubmit(batch);
      if (offer == OrderedPool<ChainBatch, CheckedBatch>::Offer::kQueued) break;
      if (offer == OrderedPool<ChainBatch, CheckedBatch>::Offer::kStopped) return false;
      if (!more_aside) {
        if (!pool.Submit(std::move(batch))) return false;
        break;
      }
      CR_ASSIGN_OR_RETURN(more_aside, aside());
    }
    if (last) return true;
    batch = std::move(next);
  }
}

}  // namespace

Result<ChainPass> CheckJournal(Connection& db, const std::string& tenant_id, int64_t checkpoint_seq,
                               RowBuckets& buckets, int threads, int64_t per_batch, StoredRowSpill& spill) {
  ChainPass total;
  Status written = Status::Ok();
  OrderedPool<ChainBatch, CheckedBatch> pool(
      threads, static_cast<size_t>(threads) * 3,
      [&](ChainBatch& batch) { return CheckEvents(batch, tenant_id, checkpoint_seq, buckets); },
      [&](CheckedBatch& batch) {
        for (size_t b = 0; b < batch.by_bucket.size() && written.ok(); ++b) {
          written = buckets.WriteMutations(b, batch.by_bucket[b]);
        }
        return written.ok() && Conclude(total, batch);
      });
  auto read = ReadChain(db,
                        "SELECT " + JournalSelectList() +
                            " FROM journal j LEFT JOIN journal_payloads p ON p.tenant_id = j.tenant_id AND "
                            "p.seq = j.seq WHERE j.tenant_id = ? AND j.seq > ? ORDER BY j.seq LIMIT ?",
                        tenant_id, per_batch > 0 ? per_batch : kEventsPerBatch, JournalPlaces().seq,
                        JournalPlaces().hash, pool, [&] { return spill.Step(db); });
  Status rest = read.ok() && *read ? spill.Finish(db) : Status::Ok();
  pool.Finish();
  if (!read.ok()) return read.error();
  if (!written.ok()) return written.error();
  if (!rest.ok()) return rest.error();
  return total;
}

StoredRowSpill::StoredRowSpill(const std::string& tenant_id, const std::vector<ProjectedTable>& tables,
                               RowBuckets& buckets)
    : tenant_id_(tenant_id), tables_(tables), buckets_(buckets), by_bucket_(buckets.count()) {}

Result<bool> StoredRowSpill::Step(Connection& db) {
  if (table_ >= tables_.size()) return false;
  const ProjectedTable& table = tables_[table_];
  const ProjectedRowColumns at(table);
  CR_ASSIGN_OR_RETURN(SqlRows rows, db.Query("SELECT " + at.List() + " FROM " + table.name +
                                                 " WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?",
                                             {tenant_id_, last_id_, kStoredRowsPerQuery}));
  for (const SqlRow& row : rows) {
    const size_t b = buckets_.BucketOf(AsText(row[at.id()]));
    RowBuckets::EncodeStoredRow(by_bucket_[b], table_, row, at);
    if (by_bucket_[b].size() >= kStoredBytesPerWrite) {
      CR_RETURN_IF_ERROR(buckets_.WriteStoredRows(b, by_bucket_[b]));
      by_bucket_[b].clear();
    }
  }
  if (static_cast<int64_t>(rows.size()) == kStoredRowsPerQuery) {
    last_id_ = AsText(rows.back()[at.id()]);
    return true;
  }
  ++table_;  // the next table, from its first row
  last_id_.clear();
  if (table_ < tables_.size()) return true;
  for (size_t b = 0; b < by_bucket_.size(); ++b) {
    CR_RETURN_IF_ERROR(buckets_.WriteStoredRows(b, by_bucket_[b]));
    by_bucket_[b].clear();
  }
  return false;
}

Status StoredRowSpill::Finish(Connection& db) {
  while (true) {
    CR_ASSIGN_OR_RETURN(bool more, Step(db));
    if (!more) return Status::Ok();
  }
}

Result<ChainPass> CheckAccessLog(Connection& db, const std::string& tenant_id, int64_t checkpoint_seq, int threads,
                                 int64_t per_batch) {
  ChainPass total;
  OrderedPool<ChainBatch, CheckedBatch> pool(
      threads, static_cast<size_t>(threads) * 3,
      [&](ChainBatch& batch) { return CheckAccessRows(batch, tenant_id, checkpoint_seq); },
      [&](CheckedBatch& batch) { return Conclude(total, batch); });
  auto read = ReadChain(db,
                        "SELECT " + AccessLogSelectList() +
                            " FROM access_log a WHERE a.tenant_id = ? AND a.seq > ? ORDER BY a.seq LIMIT ?",
                        tenant_id, per_batch > 0 ? per_batch : kAccessLogRowsPerBatch, AccessLogPlaces().seq,
                        AccessLogPlaces().hash, pool);
  pool.Finish();
  if (!read.ok()) return read.error();
  return total;
}

}  // namespace childrecord::verify
