// Store: access control facts and the hash-chained access log.
#include "core/time_format.h"
#include "store/access_log_rows.h"
#include "store/access_log_writer.h"
#include "store/described_rows.h"
#include "store/restricted_to.h"
#include "store/store.h"

namespace childrecord {
namespace {

// The columns of a child's row that say who may see it, read by the names their description gives.
struct ChildAccessRow {
  std::string team_id;
  std::string allocated_worker_id;
  bool restricted = false;
  std::string restricted_to;
};
const fields::Description<ChildAccessRow>& Describe(const ChildAccessRow*) {
  using V = ChildAccessRow;
  static const fields::Description<ChildAccessRow> description = {
      {"team_id", "team_id", &V::team_id},
      {"allocated_worker_id", "allocated_worker_id", &V::allocated_worker_id},
      {"restricted", "restricted", &V::restricted, fields::Kind::kFlag},
      {"restricted_to", "restricted_to", &V::restricted_to},
  };
  return description;
}

// R40: a worker the record was reallocated from, and when (features/allocation's table).
struct PreviousWorkerRow {
  std::string previous_worker_id;
  std::string recorded_at;
};
const fields::Description<PreviousWorkerRow>& Describe(const PreviousWorkerRow*) {
  using V = PreviousWorkerRow;
  static const fields::Description<PreviousWorkerRow> description = {
      {"previous_worker_id", "previous_worker_id", &V::previous_worker_id},
      {"recorded_at", "recorded_at", &V::recorded_at},
  };
  return description;
}

}  // namespace

Result<ChildAccessFacts> Store::GetChildAccess(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<ChildAccessRow>() +
                                                  " FROM children WHERE tenant_id = ? AND id = ?",
                                              {tenant_id, child_id}));
  if (rows.empty()) return Error::NotFound("There is no child's record with that id");
  ChildAccessRow row = ReadRow<ChildAccessRow>(rows[0]);
  ChildAccessFacts facts{child_id, std::move(row.team_id), std::move(row.allocated_worker_id), row.restricted,
                         RestrictedToIds(row.restricted_to)};
  // R40: the workers the record was reallocated from lately (features/allocation), with when. A day
  // more than the window is read, so the text comparison of instants never cuts one off early;
  // auth/access_policy.h IsRecentPreviousWorker decides exactly, from the clock's now.
  facts.as_of = clock().Now();
  const std::string since = FormatUtc(facts.as_of - kPreviousWorkerReadAccess - std::chrono::hours(24));
  CR_ASSIGN_OR_RETURN(SqlRows previous,
                      db->Query("SELECT " + fields::SelectList<PreviousWorkerRow>() +
                                    " FROM child_allocations WHERE tenant_id = ? "
                                    "AND child_id = ? AND recorded_at >= ? AND previous_worker_id IS NOT NULL",
                                {tenant_id, child_id, since}));
  for (const SqlRow& p : previous) {
    PreviousWorkerRow w = ReadRow<PreviousWorkerRow>(p);
    if (auto ended = ParseRfc3339(w.recorded_at)) facts.previous_workers.push_back({w.previous_worker_id, *ended});
  }
  return facts;
}

Result<AccessLogEntry> Store::AppendAccessLog(const std::string& tenant_id, const NewAccessLogEntry& in) {
  CR_ASSIGN_OR_RETURN(AccessLogEntry entry, AccessLogRowOf(tenant_id, in));
  return access_log_->Append(std::move(entry));
}

void Store::AppendAccessLogAsync(const std::string& tenant_id, const std::vector<NewAccessLogEntry>& entries,
                                 std::function<void(Status)> done) {
  Result<std::vector<AccessLogEntry>> made = AccessLogRowsOf(tenant_id, entries);
  if (!made.ok()) return done(made.error());
  std::vector<AccessLogEntry> rows = std::move(made).value();
  if (rows.empty()) return done(Status::Ok());
  // Told once, when the last row is written: the rows are queued in order, so the last row's
  // report comes after the others'; the first error, if any, is what is reported.
  struct Outcome {
    Status status = Status::Ok();
    size_t left;
    std::function<void(Status)> done;
  };
  auto outcome = std::make_shared<Outcome>(Outcome{Status::Ok(), rows.size(), std::move(done)});
  for (AccessLogEntry& row : rows) {
    access_log_->AppendAsync(std::move(row), [outcome](Result<AccessLogEntry> written) {
      // Reports come one at a time from the writer's thread: no lock is needed.
      if (!written.ok() && outcome->status.ok()) outcome->status = written.error();
      if (--outcome->left == 0) outcome->done(std::move(outcome->status));
    });
  }
}

void Store::DrainAccessLog() { access_log_->Drain(); }

Status Store::Snapshot::ForEachAccessLogEntry(const AccessLogVisitor& visit) {
  constexpr int64_t kBatch = 5000;
  int64_t last = 0;
  while (true) {
    CR_ASSIGN_OR_RETURN(SqlRows rows, lease_->Query("SELECT " + AccessLogSelectList() +
                                                        " FROM access_log a WHERE a.tenant_id = ? AND a.seq > ? "
                                                        "ORDER BY a.seq LIMIT ?",
                                                    {tenant_id_, last, kBatch}));
    const AccessLogColumnPlaces& at = AccessLogPlaces();
    for (const SqlRow& row : rows) {
      AccessLogEntry entry = AccessLogEntryFromRow(tenant_id_, row, at);
      last = entry.seq;
      CR_RETURN_IF_ERROR(visit(entry));
    }
    if (static_cast<int64_t>(rows.size()) < kBatch) return Status::Ok();
  }
}

}  // namespace childrecord
