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

}  // namespace

Result<ChildAccessFacts> Store::GetChildAccess(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<ChildAccessRow>() +
                                                  " FROM children WHERE tenant_id = ? AND id = ?",
                                              {tenant_id, child_id}));
  if (rows.empty()) return Error::NotFound("There is no child's record with that id");
  ChildAccessRow row = ReadRow<ChildAccessRow>(rows[0]);
  return ChildAccessFacts{child_id, std::move(row.team_id), std::move(row.allocated_worker_id), row.restricted,
                          RestrictedToIds(row.restricted_to)};
}

Result<AccessLogEntry> Store::AppendAccessLog(const std::string& tenant_id, const NewAccessLogEntry& in) {
  CR_ASSIGN_OR_RETURN(AccessLogEntry entry, AccessLogRowOf(tenant_id, in));
  return access_log_->Append(std::move(entry));
}

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
