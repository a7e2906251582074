#include "features/allocation/allocation_repository.h"

#include "store/described_rows.h"

namespace childrecord {

Result<std::vector<Allocation>> AllocationRepository::History(const std::string& tenant_id,
                                                              const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<Allocation>() +
                                    " FROM child_allocations a "
                                    "LEFT JOIN users w ON w.tenant_id = a.tenant_id AND w.id = a.worker_id "
                                    "LEFT JOIN users p ON p.tenant_id = a.tenant_id AND p.id = a.previous_worker_id "
                                    "LEFT JOIN users m ON m.tenant_id = a.tenant_id AND m.id = a.allocated_by "
                                    "LEFT JOIN teams ft ON ft.tenant_id = a.tenant_id AND ft.id = a.from_team_id "
                                    "LEFT JOIN teams tt ON tt.tenant_id = a.tenant_id AND tt.id = a.to_team_id "
                                    "WHERE a.tenant_id = ? AND a.child_id = ? ORDER BY a.recorded_at DESC, a.id DESC",
                                {tenant_id, child_id}));
  std::vector<Allocation> out;
  for (const SqlRow& row : rows) out.push_back(ReadRow<Allocation>(row));
  return out;
}

Result<std::vector<TeamWorker>> AllocationRepository::TeamWorkers(const std::string& tenant_id,
                                                                  const std::string& team_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<TeamWorker>() +
                                    " FROM users u WHERE u.tenant_id = ? AND u.team_id = ? AND u.role = 'practitioner' "
                                    "AND u.active = 1 ORDER BY u.full_name",
                                {tenant_id, team_id}));
  std::vector<TeamWorker> out;
  for (const SqlRow& row : rows) out.push_back(ReadRow<TeamWorker>(row));
  return out;
}

Result<Page<UnallocatedChild>> AllocationRepository::Unallocated(const std::string& tenant_id,
                                                                 const std::string& team_id, int64_t limit,
                                                                 const std::string& cursor) {
  // The cursor is the last row's name key and id ("<name_key>|<id>"): the next page starts after
  // it, read through children_by_team_worker in name order however long the list.
  std::string sql = "SELECT " + fields::SelectList<UnallocatedChild>() +
                    " FROM children c WHERE c.tenant_id = ? AND c.team_id = ? AND c.allocated_worker_id IS NULL AND "
                    "c.status = 'open' ";
  std::vector<SqlValue> params{tenant_id, team_id};
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
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, params));
  Page<UnallocatedChild> page;
  for (size_t i = 0; i < rows.size() && static_cast<int64_t>(i) < limit; ++i) {
    page.items.push_back(ReadRow<UnallocatedChild>(rows[i]));
  }
  if (static_cast<int64_t>(rows.size()) > limit) page.next = page.items.back().name_key + "|" + page.items.back().id;
  return page;
}

}  // namespace childrecord
