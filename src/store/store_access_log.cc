// Store: access control facts and the hash-chained access log.
#include "core/time_format.h"
#include "store/access_log_rows.h"
#include "store/access_log_writer.h"
#include "store/restricted_to.h"
#include "store/store.h"

namespace childrecord {
Result<ChildAccessFacts> Store::GetChildAccess(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT team_id, allocated_worker_id, restricted, restricted_to "
                                              "FROM children WHERE tenant_id = ? AND id = ?",
                                              {tenant_id, child_id}));
  if (rows.empty()) return Error::NotFound("There is no child's record with that id");
  return ChildAccessFacts{child_id, AsText(rows[0][0]), AsText(rows[0][1]), AsInt(rows[0][2]) != 0,
                          RestrictedToIds(AsText(rows[0][3]))};
}

Result<AccessLogEntry> Store::AppendAccessLog(const std::string& tenant_id, const NewAccessLogEntry& in) {
  CR_ASSIGN_OR_RETURN(AccessLogEntry entry, AccessLogRowOf(tenant_id, in));
  return access_log_->Append(std::move(entry));
}

Status Store::Snapshot::ForEachAccessLogEntry(const AccessLogVisitor& visit) {
  constexpr int64_t kBatch = 5000;
  int64_t last = 0;
  while (true) {
    CR_ASSIGN_OR_RETURN(SqlRows rows, lease_->Query(std::string("SELECT ") + kAccessLogEntryColumns +
                                                        " FROM access_log a WHERE a.tenant_id = ? AND a.seq > ? "
                                                        "ORDER BY a.seq LIMIT ?",
                                                    {tenant_id_, last, kBatch}));
    for (const SqlRow& row : rows) {
      AccessLogEntry entry = AccessLogEntryFromRow(tenant_id_, row);
      last = entry.seq;
      CR_RETURN_IF_ERROR(visit(entry));
    }
    if (static_cast<int64_t>(rows.size()) < kBatch) return Status::Ok();
  }
}

}  // namespace childrecord
