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

Result<std::vector<UnallocatedChild>> AllocationRepository::Unallocated(const std::string& tenant_id,
                                                                        const std::string& team_id, int64_t limit) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<UnallocatedChild>() +
                                    " FROM children c WHERE c.tenant_id = ? AND c.team_id = ? AND "
                                    "c.allocated_worker_id IS NULL AND c.status = 'open' ORDER BY c.name_key LIMIT ?",
                                {tenant_id, team_id, limit}));
  std::vector<UnallocatedChild> out;
  for (const SqlRow& row : rows) out.push_back(ReadRow<UnallocatedChild>(row));
  return out;
}

}  // namespace childrecord
