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
  int64_t events = 0;            // events read
  std::string head_hash;         // hash of the last good event
  int64_t first_bad_seq = 0;     // 0 when the problem is not one event (e.g. a projection row)
  std::string problem;           // for a person: what is wrong and where; empty when ok
  int64_t access_log_rows = 0;        // access-log rows read (issue 3 item 8)
  std::string access_log_head;        // hash of the last good access-log row
  int64_t first_bad_access_seq = 0;   // the first access-log row that does not verify
};

// Recomputes the tenant's hash chain from its first event, checks every payload against its
// hash, replays every event's projection in memory and compares the result with the stored
// current-state tables, and, given a checkpoint, checks its signature and that the journal
// still holds the event it signed; then recomputes the access log's hash chain (SPEC §2
// principle 5) the same way. Reads one consistent snapshot. Stops at the first problem.
// Errors are for failures to read at all; a tampered journal is a report with ok == false.
Result<VerifyReport> VerifyTenant(Store& store, const Tenant& tenant, const std::optional<Checkpoint>& checkpoint);

}  // namespace childrecord
