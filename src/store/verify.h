#pragma once

#include <optional>
#include <string>

#include "core/result.h"
#include "store/checkpoint.h"
#include "store/store.h"

namespace childrecord {

// The outcome of checking one tenant's journal and projections.
struct VerifyReport {
  bool ok = true;
  int64_t events = 0;                // events read
  std::string head_hash;             // hash of the last good event
  int64_t first_bad_seq = 0;         // 0 when the problem is not one event (e.g. a projection row)
  std::string problem;               // for a person: what is wrong and where; empty when ok
  int64_t access_log_rows = 0;       // access-log rows read
  std::string access_log_head;       // hash of the last good access-log row
  int64_t first_bad_access_seq = 0;  // the first access-log row that does not verify
};

// How VerifyTenant spreads its work; the defaults suit the command. Tests set them to make many
// small buckets and several threads out of a small journal.
struct VerifyTuning {
  int threads = 0;                // threads that check and rebuild (0: one per core)
  int64_t events_per_bucket = 0;  // about how many events' rows one bucket holds (0: the default)
  int64_t rows_per_batch = 0;     // events or access-log rows a thread checks at a time (0: the default)
};

// Recomputes the tenant's hash chain from its first event, checks every payload against its
// hash, replays every event's projection and compares the result with the stored current-state
// tables, and, given a checkpoint, checks its signature and that the journal still holds the
// event it signed; then recomputes the access log's hash chain (SPEC §2 principle 5) the same way.
// Reads one consistent snapshot. Reports the first problem: the first bad event in seq order, else
// the checkpoint's, else the first bad row (tables in ProjectedTables() order, rows in id order),
// else the access log's.
// Errors are for failures to read at all; a tampered journal is a report with ok == false.
//
// How (store/verify_chains.h, store/verify_buckets.h): the calling thread reads the journal in seq
// order (and the stored rows whenever the checking threads have enough to do) while others check
// the events and project them; each mutation is written to a temporary file, the bucket of the row
// it changes, and so are the stored rows; then each bucket is rebuilt and compared on its own while
// the calling thread reads the access log for others to check. Memory is bounded by the bucket
// size, not the authority's; the temporary files take about as much disk as the journal's
// payloads and the projected tables (under $TMPDIR, unlinked as they are made).
// Thread safety: may run alongside the server (it holds one connection of the store's pool in a
// read transaction throughout); starts and ends its own threads.
Result<VerifyReport> VerifyTenant(Store& store, const Tenant& tenant, const std::optional<Checkpoint>& checkpoint);
Result<VerifyReport> VerifyTenant(Store& store, const Tenant& tenant, const std::optional<Checkpoint>& checkpoint,
                                  const VerifyTuning& tuning);

}  // namespace childrecord
