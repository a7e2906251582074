#include "features/compliance/compliance_repository.h"

#include "store/described_rows.h"
#include "store/restricted_to.h"

namespace childrecord {
namespace {

Result<SqlRows> Read(Store& store, const std::string& sql, const std::vector<SqlValue>& params) {
  CR_ASSIGN_OR_RETURN(auto db, store.pool().Acquire());
  return db->Query(sql, params);
}

Result<int64_t> ReadCount(Store& store, const std::string& sql, const std::vector<SqlValue>& params) {
  CR_ASSIGN_OR_RETURN(SqlRows rows, Read(store, sql, params));
  if (rows.empty() || rows[0].empty()) return int64_t{0};
  return AsInt(rows[0][0]);
}

}  // namespace

Result<int64_t> ComplianceRepository::PeopleOf(const std::string& tenant_id, const std::string& child_id) {
  return ReadCount(store_, "SELECT COUNT(*) FROM child_people WHERE tenant_id = ? AND child_id = ?",
                   {tenant_id, child_id});
}

Result<int64_t> ComplianceRepository::LateEntriesSince(const std::string& tenant_id, const std::string& child_id,
                                                       const std::string& since) {
  return ReadCount(
      store_, "SELECT COUNT(*) FROM entries WHERE tenant_id = ? AND child_id = ? AND recorded_at >= ? AND late = 1",
      {tenant_id, child_id, since});
}

Result<bool> ComplianceRepository::LatestClosureWithoutSummary(const std::string& tenant_id,
                                                               const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(SqlRows rows, Read(store_,
                                         "SELECT closing_summary FROM record_closures WHERE tenant_id = ? AND "
                                         "child_id = ? ORDER BY recorded_at DESC LIMIT 1",
                                         {tenant_id, child_id}));
  if (rows.empty()) return false;
  return rows[0].empty() || IsNull(rows[0][0]) || AsText(rows[0][0]).empty();
}

Result<Page<ComplianceChild>> ComplianceRepository::OpenRecordsOfTeam(const std::string& tenant_id,
                                                                      const std::string& team_id,
                                                                      const std::string& viewer_id,
                                                                      const std::string& cursor, int64_t limit) {
  // The cursor is the last row's name key and id ("<name_key>|<id>"), as the unallocated list's.
  std::string sql = "SELECT " + fields::SelectList<ComplianceChild>() +
                    " FROM children c LEFT JOIN users w ON w.tenant_id = c.tenant_id AND w.id = c.allocated_worker_id "
                    "WHERE c.tenant_id = ? AND c.team_id = ? AND c.status = 'open' AND " +
                    std::string(kVisibleToViewerSql) + " ";
  std::vector<SqlValue> params{tenant_id, team_id, RestrictedToPattern(viewer_id)};
  if (!cursor.empty()) {
    const size_t bar = cursor.rfind('|');
    if (bar == std::string::npos) return Error::BadRequest("The page cursor is not one this server gave out", "cursor");
    sql += "AND (c.name_key > ? OR (c.name_key = ? AND c.id > ?)) ";
    params.push_back(cursor.substr(0, bar));
    params.push_back(cursor.substr(0, bar));
    params.push_back(cursor.substr(bar + 1));
  }
  sql += "ORDER BY c.name_key, c.id LIMIT ?";
  params.push_back(limit + 1);
  CR_ASSIGN_OR_RETURN(SqlRows rows, Read(store_, sql, params));
  Page<ComplianceChild> page;
  for (size_t i = 0; i < rows.size() && static_cast<int64_t>(i) < limit; ++i) {
    page.items.push_back(ReadRow<ComplianceChild>(rows[i]));
  }
  if (static_cast<int64_t>(rows.size()) > limit && !page.items.empty()) {
    page.next = page.items.back().name_key + "|" + page.items.back().id;
  }
  return page;
}

}  // namespace childrecord
