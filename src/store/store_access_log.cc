// Store: access control facts and the hash-chained access log (issue 3 items 7 and 8).
#include <charconv>

#include "core/time_format.h"
#include "store/restricted_to.h"
#include "store/store.h"

namespace childrecord {
namespace {

constexpr char kEntryColumns[] =
    "a.seq, a.recorded_at, a.user_id, a.child_id, a.action, a.detail, a.address, a.reason, a.outcome, a.prev_hash, "
    "a.hash";

AccessLogEntry EntryFromRow(const std::string& tenant_id, const SqlRow& row) {
  AccessLogEntry e;
  e.tenant_id = tenant_id;
  e.seq = AsInt(row[0]);
  auto recorded = ParseRfc3339(AsText(row[1]));
  e.recorded_at = recorded ? *recorded : TimePoint{};
  e.user_id = AsText(row[2]);
  e.child_id = AsText(row[3]);
  e.action = AsText(row[4]);
  e.detail = AsText(row[5]);
  e.address = AsText(row[6]);
  e.reason = AsText(row[7]);
  e.outcome = AsText(row[8]);
  e.prev_hash = AsText(row[9]);
  e.hash = AsText(row[10]);
  return e;
}

}  // namespace

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
  AccessLogEntry entry;
  entry.tenant_id = tenant_id;
  entry.user_id = in.user_id;
  entry.child_id = in.child_id;
  entry.action = in.action;
  entry.detail = in.detail;
  entry.address = in.address;
  entry.reason = in.reason;
  entry.outcome = in.outcome;
  // Free text (a reason, a search) must be valid UTF-8 to be hashed canonically.
  if (auto text = CanonicalJson(AccessLogHeaderJson(entry)); !text.ok()) {
    return Error::Validation("reason", "The text must be valid UTF-8");
  }

  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_RETURN_IF_ERROR(db->BeginWrite());
  auto append = [&]() -> Status {
    // Lock this tenant's access-log chain. PostgreSQL: an advisory lock for the transaction, keyed
    // by the tenant (separate from the journal's row lock, so reads do not queue behind writes to
    // the record); SQLite: BEGIN IMMEDIATE already holds the database's write lock.
    if (dialect_ == Dialect::kPostgres) {
      CR_RETURN_IF_ERROR(db->Exec("SELECT pg_advisory_xact_lock(7351030, hashtext(?))", {tenant_id}));
    }
    CR_ASSIGN_OR_RETURN(SqlRows head, db->Query("SELECT seq, hash FROM access_log WHERE tenant_id = ? "
                                                "ORDER BY seq DESC LIMIT 1",
                                                {tenant_id}));
    entry.seq = head.empty() ? 1 : AsInt(head[0][0]) + 1;
    entry.prev_hash = head.empty() ? kGenesisHash : AsText(head[0][1]);
    entry.recorded_at = clock_.Now();
    entry.hash = ComputeAccessLogHash(entry);
    return db->Exec(
        "INSERT INTO access_log (tenant_id, seq, recorded_at, user_id, child_id, action, detail, address, reason, "
        "outcome, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {tenant_id, entry.seq, FormatUtc(entry.recorded_at), entry.user_id, entry.child_id, entry.action,
         entry.detail, entry.address, entry.reason, entry.outcome, entry.prev_hash, entry.hash});
  };
  Status status = append();
  if (status.ok()) status = db->Commit();
  if (!status.ok()) {
    db->Rollback();
    return status.error();
  }
  return entry;
}

Result<Page<AccessLogView>> Store::ListAccessLog(const std::string& tenant_id, const AccessLogFilter& filter,
                                                 int limit, const std::string& cursor) {
  if (limit < 1) return Error::BadRequest("The page size must be at least 1", "limit");
  int64_t before_seq = 0;
  if (!cursor.empty()) {
    auto [ptr, ec] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), before_seq);
    if (ec != std::errc() || ptr != cursor.data() + cursor.size() || before_seq < 1) {
      return Error::BadRequest("The page cursor is not one this server gave out", "cursor");
    }
  }
  std::string sql = std::string("SELECT ") + kEntryColumns +
                    ", u.full_name, u.username, "
                    "CASE WHEN c.restricted = 1 AND c.restricted_to NOT LIKE ? THEN 'A restricted record' "
                    "ELSE c.full_name END FROM access_log a "
                    "LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.user_id "
                    "LEFT JOIN children c ON c.tenant_id = a.tenant_id AND c.id = a.child_id "
                    "WHERE a.tenant_id = ? ";
  std::vector<SqlValue> params{filter.viewer_id.empty() ? std::string("-") : "% " + filter.viewer_id + " %",
                               tenant_id};
  if (!cursor.empty()) {
    sql += "AND a.seq < ? ";
    params.push_back(before_seq);
  }
  if (!filter.user_id.empty()) {
    sql += "AND a.user_id = ? ";
    params.push_back(filter.user_id);
  }
  if (!filter.child_id.empty()) {
    sql += "AND a.child_id = ? ";
    params.push_back(filter.child_id);
  }
  if (!filter.from.empty()) {
    sql += "AND a.recorded_at >= ? ";
    params.push_back(filter.from);
  }
  if (!filter.before.empty()) {
    sql += "AND a.recorded_at < ? ";
    params.push_back(filter.before);
  }
  if (!filter.team_id.empty()) {
    sql += "AND c.team_id = ? ";
    params.push_back(filter.team_id);
  }
  if (filter.with_reason_only) sql += "AND a.reason <> '' ";
  sql += "ORDER BY a.seq DESC LIMIT ?";
  params.push_back(int64_t{limit} + 1);
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, params));
  Page<AccessLogView> page;
  for (size_t i = 0; i < rows.size() && static_cast<int>(i) < limit; ++i) {
    page.items.push_back(
        AccessLogView{EntryFromRow(tenant_id, rows[i]), AsText(rows[i][11]), AsText(rows[i][12]), AsText(rows[i][13])});
  }
  if (static_cast<int>(rows.size()) > limit) page.next = std::to_string(page.items.back().entry.seq);
  return page;
}

Status Store::GrantSessionAccess(const std::string& tenant_id, const std::string& session_token_hash,
                                 const std::string& child_id, const std::string& reason) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  return db->Exec(
      "INSERT INTO access_grants (session_token_hash, tenant_id, child_id, reason, granted_at) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (session_token_hash, child_id) DO UPDATE SET reason = excluded.reason, "
      "granted_at = excluded.granted_at",
      {session_token_hash, tenant_id, child_id, reason, FormatUtc(clock_.Now())});
}

Result<std::string> Store::SessionAccessReason(const std::string& session_token_hash, const std::string& child_id) {
  if (session_token_hash.empty()) return std::string();
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT reason FROM access_grants WHERE session_token_hash = ? AND "
                                              "child_id = ?",
                                              {session_token_hash, child_id}));
  return rows.empty() ? std::string() : AsText(rows[0][0]);
}

Status Store::Snapshot::ForEachAccessLogEntry(const AccessLogVisitor& visit) {
  constexpr int64_t kBatch = 5000;
  int64_t last = 0;
  while (true) {
    CR_ASSIGN_OR_RETURN(SqlRows rows, lease_->Query(std::string("SELECT ") + kEntryColumns +
                                                        " FROM access_log a WHERE a.tenant_id = ? AND a.seq > ? "
                                                        "ORDER BY a.seq LIMIT ?",
                                                    {tenant_id_, last, kBatch}));
    for (const SqlRow& row : rows) {
      AccessLogEntry entry = EntryFromRow(tenant_id_, row);
      last = entry.seq;
      CR_RETURN_IF_ERROR(visit(entry));
    }
    if (static_cast<int64_t>(rows.size()) < kBatch) return Status::Ok();
  }
}

}  // namespace childrecord
