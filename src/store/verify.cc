#include "store/verify.h"

#include <algorithm>
#include <thread>

#include "store/verify_buckets.h"
#include "store/verify_chains.h"
#include "store/verify_pipeline.h"

namespace childrecord {
namespace {

// How a problem with one hash chain is told.
struct ChainWords {
  const char* chain;    // "journal"
  const char* item;     // "event"
  const char* items;    // "events"
  const char* capital;  // "Event"
};
constexpr ChainWords kJournalChain{"journal", "event", "events", "Event"};
constexpr ChainWords kAccessLogChain{"access log", "row", "access-log rows", "Access log row"};

// Whether a chain that was read up to `last_seq`, and had `hash_at_signed` at the signed seq,
// still holds what a checkpoint signed (`signed_seq`, `signed_hash`): nullopt when it does, else
// the first bad seq and what is wrong.
std::optional<std::pair<int64_t, std::string>> SignedHeadProblem(const ChainWords& w, int64_t last_seq,
                                                                 const std::string& hash_at_signed, int64_t signed_seq,
                                                                 const std::string& signed_hash,
                                                                 const std::string& signed_at) {
  if (last_seq < signed_seq) {
    return std::pair{last_seq + 1, std::string("The ") + w.chain + " ends at " + w.item + " " +
                                       std::to_string(last_seq) + " but the checkpoint signed on " + signed_at +
                                       " covers " + w.item + " " + std::to_string(signed_seq) + ": " + w.items +
                                       " were removed"};
  }
  if (hash_at_signed != signed_hash) {
    return std::pair{signed_seq, std::string(w.capital) + " " + std::to_string(signed_seq) + " is not the " + w.item +
                                     " the checkpoint signed: the " + w.chain + " was rewritten"};
  }
  return std::nullopt;
}

// The events' mutations and the stored rows go to buckets of about this many events' rows (the
// memory one thread needs to rebuild and compare one bucket: about 2.5 KB an event at the demo's
// sizes), and never more buckets than this (each is two open files).
constexpr int64_t kDefaultEventsPerBucket = 8192;
constexpr int64_t kMostBuckets = 256;

// The first event, in seq order, whose mutations cannot be applied (0 when none).
const verify::BucketVerdict* FirstApplyError(const std::vector<verify::BucketVerdict>& verdicts) {
  const verify::BucketVerdict* first = nullptr;
  for (const auto& v : verdicts) {
    if (v.apply_error_seq > 0 && (!first || v.apply_error_seq < first->apply_error_seq)) first = &v;
  }
  return first;
}

// The first problem with the stored tables, in the order a walk of each table in id order, table
// after table, meets them: nullopt when the tables are what the journal makes.
std::optional<std::string> FirstTableProblem(const std::vector<verify::BucketVerdict>& verdicts,
                                             const std::vector<ProjectedTable>& tables) {
  for (size_t t = 0; t < tables.size(); ++t) {
    const verify::BucketVerdict::RowProblem* first = nullptr;
    int64_t stored = 0, rebuilt = 0;
    for (const auto& v : verdicts) {
      const auto& p = v.row_problems[t];
      if (p && (!first || p->id < first->id)) first = &*p;
      stored += v.stored_rows[t];
      rebuilt += v.rebuilt_rows[t];
    }
    if (first) return first->problem;
    if (stored != rebuilt) {
      return "Table " + tables[t].name + " is missing " + std::to_string(rebuilt - stored) + " of the " +
             std::to_string(rebuilt) + " rows the journal creates";
    }
  }
  return std::nullopt;
}

}  // namespace

Result<VerifyReport> VerifyTenant(Store& store, const Tenant& tenant, const std::optional<Checkpoint>& checkpoint) {
  return VerifyTenant(store, tenant, checkpoint, VerifyTuning{});
}

Result<VerifyReport> VerifyTenant(Store& store, const Tenant& tenant, const std::optional<Checkpoint>& checkpoint,
                                  const VerifyTuning& tuning) {
  VerifyReport report;
  if (checkpoint) {
    if (checkpoint->tenant_id != tenant.id) {
      report.ok = false;
      report.problem = "The checkpoint is for another tenant (" + checkpoint->tenant_id + ")";
      return report;
    }
    if (!CheckpointSignatureValid(*checkpoint)) {
      report.ok = false;
      report.problem = "The checkpoint's signature is not valid: the checkpoint file was altered";
      return report;
    }
  }
  const int threads =
      tuning.threads > 0 ? tuning.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const int64_t per_bucket = tuning.events_per_bucket > 0 ? tuning.events_per_bucket : kDefaultEventsPerBucket;

  // One read transaction for everything below: one consistent snapshot.
  CR_ASSIGN_OR_RETURN(auto db, store.pool().Acquire());
  CR_RETURN_IF_ERROR(db->BeginRead());
  CR_ASSIGN_OR_RETURN(SqlRows head,
                      db->Query("SELECT COALESCE(MAX(seq), 0) FROM journal WHERE tenant_id = ?", {tenant.id}));
  const int64_t newest = head.empty() ? 0 : AsInt(head[0][0]);
  CR_ASSIGN_OR_RETURN(
      auto buckets,
      verify::RowBuckets::Open(static_cast<size_t>(std::clamp<int64_t>(newest / per_bucket + 1, 1, kMostBuckets))));
  const std::vector<ProjectedTable>& tables = ProjectedTables();

  // 1. The journal's chain, each event's mutations to the buckets of their rows; the stored rows
  // to theirs whenever the checking threads have enough to do.
  verify::StoredRowSpill spill(tenant.id, tables, buckets);
  CR_ASSIGN_OR_RETURN(verify::ChainPass journal, verify::CheckJournal(*db, tenant.id, checkpoint ? checkpoint->seq : -1,
                                                                      buckets, threads, tuning.rows_per_batch, spill));

  // 2. Each bucket rebuilt and compared on its own (only rebuilt when the chain is broken, to find
  // a mutation that cannot be applied before the break), while this thread reads the access log
  // for 3 (whose problems are reported only if there are none before).
  const bool compare = journal.problem.empty();
  std::vector<verify::BucketVerdict> verdicts(buckets.count());
  std::vector<Status> failures(buckets.count(), Status::Ok());
  std::thread rebuild([&] {
    verify::ParallelFor(buckets.count(), threads, [&](size_t b) {
      try {
        auto verdict = buckets.Check(b, tables, compare);
        if (verdict.ok()) {
          verdicts[b] = std::move(*verdict);
        } else {
          failures[b] = verdict.error();
        }
      } catch (const std::exception& e) {  // out of memory: a failure to verify, not a finding
        failures[b] = Error::Internal(std::string("verify: ") + e.what());
      }
    });
  });
  const bool signed_access = checkpoint && checkpoint->has_access_log;
  Result<verify::ChainPass> access =
      compare ? verify::CheckAccessLog(*db, tenant.id, signed_access ? checkpoint->access_log_seq : -1, threads,
                                       tuning.rows_per_batch)
              : verify::ChainPass{};
  rebuild.join();
  for (const Status& failure : failures) {
    if (!failure.ok()) return failure.error();
  }
  if (!access.ok()) return access.error();

  report.events = journal.last_good;
  report.head_hash = journal.head_hash;
  if (const auto* apply = FirstApplyError(verdicts);
      apply && (compare || apply->apply_error_seq < journal.first_bad_seq)) {
    // The event is good in itself but cannot be replayed after the ones before it.
    report.ok = false;
    report.first_bad_seq = apply->apply_error_seq;
    report.problem =
        "Event " + std::to_string(apply->apply_error_seq) + " (" + apply->apply_error_type + "): " + apply->apply_error;
    report.events = apply->apply_error_seq - 1;
    report.head_hash.clear();
    if (report.events > 0) {
      CR_ASSIGN_OR_RETURN(SqlRows before, db->Query("SELECT hash FROM journal WHERE tenant_id = ? AND seq = ?",
                                                    {tenant.id, report.events}));
      if (!before.empty()) report.head_hash = AsText(before[0][0]);
    }
    return report;
  }
  if (!compare) {
    report.ok = false;
    report.first_bad_seq = journal.first_bad_seq;
    report.problem = journal.problem;
    return report;
  }

  if (checkpoint) {
    const std::string hash_at =
        checkpoint->seq == 0 ? kGenesisHash : journal.hash_at_checkpoint;  // genesis: empty journal
    const auto bad = SignedHeadProblem(kJournalChain, report.events, hash_at, checkpoint->seq, checkpoint->hash,
                                       checkpoint->signed_at);
    if (bad) {
      report.ok = false;
      report.first_bad_seq = bad->first;
      report.problem = bad->second;
      return report;
    }
  }
  if (auto problem = FirstTableProblem(verdicts, tables)) {
    report.ok = false;
    report.problem = std::move(*problem);
    return report;
  }

  // 3. The access log's chain, by the journal's rules.
  report.access_log_rows = access->last_good;
  report.access_log_head = access->head_hash;
  if (!access->problem.empty()) {
    report.ok = false;
    report.first_bad_access_seq = access->first_bad_seq;
    report.problem = access->problem;
    return report;
  }
  if (signed_access) {
    // The chain above only proves the rows agree with each other: rows rewritten with their hashes
    // recomputed, or the newest rows deleted, still chain. The signed head proves they are the
    // rows that were there when the checkpoint was made.
    const std::string hash_at = checkpoint->access_log_seq == 0 ? kGenesisHash : access->hash_at_checkpoint;
    const auto bad = SignedHeadProblem(kAccessLogChain, report.access_log_rows, hash_at, checkpoint->access_log_seq,
                                       checkpoint->access_log_hash, checkpoint->signed_at);
    if (bad) {
      report.ok = false;
      report.first_bad_access_seq = bad->first;
      report.problem = bad->second;
    }
  }
  return report;
}

}  // namespace childrecord
