#include "features/home/home_repository.h"

#include "store/described_rows.h"
#include "store/restricted_to.h"

namespace childrecord {
namespace {

constexpr char kChildFrom[] = " FROM children c JOIN teams t ON t.tenant_id = c.tenant_id AND t.id = c.team_id ";
constexpr const char* kVisible = kVisibleToViewerSql;

template <class T>
Result<std::vector<T>> ReadAll(Store& store, const std::string& sql, const std::vector<SqlValue>& params) {
  CR_ASSIGN_OR_RETURN(auto db, store.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, params));
  std::vector<T> out;
  for (const SqlRow& row : rows) out.push_back(ReadRow<T>(row));
  return out;
}

Result<int64_t> ReadCount(Store& store, const std::string& sql, const std::vector<SqlValue>& params) {
  CR_ASSIGN_OR_RETURN(auto db, store.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, params));
  if (rows.empty()) return int64_t{0};
  return rows[0].empty() ? int64_t{0} : AsInt(rows[0][0]);
}

}  // namespace

Result<std::vector<HomeChild>> HomeRepository::AllocatedTo(const std::string& tenant_id, const std::string& worker_id,
                                                           const std::string& viewer_id, int64_t limit) {
  return ReadAll<HomeChild>(store_,
                            "SELECT " + fields::SelectList<HomeChild>() + kChildFrom +
                                "WHERE c.tenant_id = ? AND c.allocated_worker_id = ? AND c.status = 'open' AND " +
                                kVisible + " ORDER BY c.name_key, c.id LIMIT ?",
                            {tenant_id, worker_id, RestrictedToPattern(viewer_id), limit});
}

Result<int64_t> HomeRepository::CountAllocatedTo(const std::string& tenant_id, const std::string& worker_id) {
  return ReadCount(store_,
                   "SELECT COUNT(*) FROM children c WHERE c.tenant_id = ? AND c.allocated_worker_id = ? AND "
                   "c.status = 'open'",
                   {tenant_id, worker_id});
}

Result<std::vector<HomeChild>> HomeRepository::OpenedSince(const std::string& tenant_id, const std::string& since,
                                                           const std::string& viewer_id, int64_t limit) {
  return ReadAll<HomeChild>(store_,
                            "SELECT " + fields::SelectList<HomeChild>() + kChildFrom +
                                "WHERE c.tenant_id = ? AND c.opened_at >= ? AND " + kVisible +
                                " ORDER BY c.opened_at DESC, c.id LIMIT ?",
                            {tenant_id, since, RestrictedToPattern(viewer_id), limit});
}

Result<std::vector<HomeLateEntry>> HomeRepository::LateBy(const std::string& tenant_id, const std::string& author_id,
                                                          const std::string& since, const std::string& viewer_id,
                                                          int64_t limit) {
  return ReadAll<HomeLateEntry>(
      store_,
      "SELECT " + fields::SelectList<HomeLateEntry>() +
          " FROM entries e JOIN children c ON c.tenant_id = e.tenant_id AND c.id = e.child_id "
          "JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.recorded_by "
          "WHERE e.tenant_id = ? AND e.recorded_by = ? AND e.recorded_at >= ? AND e.late = 1 AND " +
          kVisible + " ORDER BY e.recorded_at DESC, e.id LIMIT ?",
      {tenant_id, author_id, since, RestrictedToPattern(viewer_id), limit});
}

Result<std::vector<HomeLateEntry>> HomeRepository::LateInTeam(const std::string& tenant_id, const std::string& team_id,
                                                              const std::string& since, const std::string& viewer_id,
                                                              int64_t limit) {
  return ReadAll<HomeLateEntry>(
      store_,
      "SELECT " + fields::SelectList<HomeLateEntry>() +
          " FROM users u JOIN entries e ON e.tenant_id = u.tenant_id AND e.recorded_by = u.id AND e.recorded_at >= ? "
          "JOIN children c ON c.tenant_id = e.tenant_id AND c.id = e.child_id "
          "WHERE u.tenant_id = ? AND u.team_id = ? AND e.late = 1 AND " +
          kVisible + " ORDER BY e.recorded_at DESC, e.id LIMIT ?",
      {since, tenant_id, team_id, RestrictedToPattern(viewer_id), limit});
}

Result<std::vector<TeamRecordCount>> HomeRepository::TeamCounts(const std::string& tenant_id,
                                                                const std::string& team_id) {
  const std::string select = "SELECT " + fields::SelectList<TeamRecordCount>() + " FROM teams t WHERE t.tenant_id = ?";
  if (team_id.empty()) return ReadAll<TeamRecordCount>(store_, select + " ORDER BY t.name", {tenant_id});
  return ReadAll<TeamRecordCount>(store_, select + " AND t.id = ?", {tenant_id, team_id});
}

Result<int64_t> HomeRepository::LockedAccounts(const std::string& tenant_id, const std::string& now) {
  const std::string prefix = "account:" + tenant_id + ":";
  // ';' follows ':' in every collation we use, so [prefix, prefix with ';') is exactly the prefix.
  return ReadCount(store_,
                   "SELECT COUNT(*) FROM login_throttle WHERE throttle_key >= ? AND throttle_key < ? AND "
                   "locked_until IS NOT NULL AND locked_until > ?",
                   {prefix, "account:" + tenant_id + ";", now});
}

}  // namespace childrecord
