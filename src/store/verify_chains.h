#pragma once

// The passes of `verify` over a tenant's two hash chains and its stored tables (store/verify.cc
// puts them together). Each reads through one connection, on the calling thread, inside the read
// transaction the caller holds; the checking is spread over `threads` threads.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "record/projection.h"
#include "store/database.h"
#include "store/verify_buckets.h"

namespace childrecord::verify {

// What a walk of a hash chain found: how far it is good, and the first problem, if any.
struct ChainPass {
  int64_t last_good = 0;           // seq of the last item that verified (0: none)
  std::string head_hash;           // its hash
  std::string hash_at_checkpoint;  // the hash of item `checkpoint_seq`, when the walk reached it
  int64_t first_bad_seq = 0;       // 0 when the whole chain verified
  std::string problem;             // empty when the whole chain verified
};

// One page at a time, reads every stored row of `tables` and writes each to its bucket. Owns its
// buffers; uses the connection it is given, from one thread.
class StoredRowSpill {
 public:
  StoredRowSpill(const std::string& tenant_id, const std::vector<ProjectedTable>& tables, RowBuckets& buckets);
  // Reads and writes one page of rows: true while there are more.
  Result<bool> Step(Connection& db);
  // Steps until every row is written.
  Status Finish(Connection& db);

 private:
  const std::string& tenant_id_;
  const std::vector<ProjectedTable>& tables_;
  RowBuckets& buckets_;
  size_t table_ = 0;
  std::string last_id_;
  std::vector<std::string> by_bucket_;
};

// Walks the journal in seq order and checks every event as SPEC §2 principle 2 asks: no gaps, its
// payload present, matching its hash and in canonical form, linked to the event before, its header
// matching its hash, and projectable. Each good event's mutations are written to `buckets` (in seq
// order within every bucket); a walk stops at the first bad event, and nothing from it or later is
// written. Whenever the checking threads have enough to do, the calling thread reads a page of the
// stored rows into `spill` instead of waiting, and it reads the rest once every event is read (not
// when the walk stopped). `checkpoint_seq` is the seq whose hash to keep (-1: none); `per_batch`,
// how many events a thread checks at a time (0: the default).
Result<ChainPass> CheckJournal(Connection& db, const std::string& tenant_id, int64_t checkpoint_seq,
                               RowBuckets& buckets, int threads, int64_t per_batch, StoredRowSpill& spill);

// Walks the access log in seq order: rows numbered from 1 without gaps, each hash
// recomputed from its fields and linked to the row before. `checkpoint_seq` as for the journal.
Result<ChainPass> CheckAccessLog(Connection& db, const std::string& tenant_id, int64_t checkpoint_seq, int threads,
                                 int64_t per_batch);

}  // namespace childrecord::verify
