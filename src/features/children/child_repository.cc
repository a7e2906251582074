// ChildRepository: finding children and reading a child's record.
#include "features/children/child_repository.h"

#include "core/sha256.h"
#include "core/text.h"
#include "core/time_format.h"
#include "store/described_rows.h"
#include "store/page_cursor.h"
#include "store/restricted_to.h"
#include "store/sql_like.h"

namespace childrecord {
namespace {

constexpr char kChildFrom[] =
    " FROM children c JOIN teams t ON t.tenant_id = c.tenant_id AND t.id = c.team_id "
    "LEFT JOIN users w ON w.tenant_id = c.tenant_id AND w.id = c.allocated_worker_id ";

// The columns come from ChildListItem's description (children_views.cc), read back by it.
const std::string& ChildListSelect() {
  static const std::string select = "SELECT " + fields::SelectList<ChildListItem>() + kChildFrom;
  return select;
}

}  // namespace

Result<Page<ChildListItem>> ChildRepository::SearchChildren(const std::string& tenant_id, const std::string& query,
                                                            int limit, const std::string& cursor,
                                                            const std::string& viewer_id, const ChildListScope& scope) {
  if (limit < 1) return Error::BadRequest("The page size must be at least 1", "limit");
  std::string after_name, after_id;
  if (!cursor.empty() && !ParseCursor(cursor, after_name, after_id)) {
    return Error::BadRequest("The page cursor is not one this server gave out", "cursor");
  }
  std::string sql = ChildListSelect() + "WHERE c.tenant_id = ? ";
  std::vector<SqlValue> params{tenant_id};
  if (!scope.worker_id.empty()) {
    sql += "AND c.allocated_worker_id = ? ";
    params.push_back(scope.worker_id);
  }
  if (!scope.team_id.empty()) {
    sql += "AND c.team_id = ? ";
    params.push_back(scope.team_id);
  }
  // Restricted records are not there for anyone not named on them.
  sql += "AND c.name_key LIKE ? ESCAPE '\\' AND " + std::string(kVisibleToViewerSql) +
         " AND (c.name_key > ? OR (c.name_key = ? AND c.id > ?)) ORDER BY c.name_key, c.id LIMIT ?";
  params.insert(params.end(), {"%" + EscapeLike(FoldCase(query)) + "%", RestrictedToPattern(viewer_id), after_name,
                               after_name, after_id, int64_t{limit} + 1});
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, params));
  Page<ChildListItem> page;
  for (size_t i = 0; i < rows.size() && static_cast<int>(i) < limit; ++i) {
    page.items.push_back(ReadRow<ChildListItem>(rows[i]));
  }
  if (static_cast<int>(rows.size()) > limit) page.next = MakeCursor(page.items.back().name_key, page.items.back().id);
  return page;
}

Result<ChildRecord> ChildRepository::GetChild(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  // The record's own columns follow the summary's (both lists from their descriptions).
  static const std::string select =
      "SELECT " + fields::SelectList<ChildListItem>() + ", " + fields::SelectList<ChildRecord>() + kChildFrom;
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(select + "WHERE c.tenant_id = ? AND c.id = ?", {tenant_id, child_id}));
  if (rows.empty()) return Error::NotFound("There is no child's record with that id");
  ChildRecord child = ReadRow<ChildRecord>(rows[0], fields::ColumnCount<ChildListItem>());
  child.summary = ReadRow<ChildListItem>(rows[0]);
  return child;
}

Result<std::vector<std::pair<std::string, TimePoint>>> ChildRepository::RecentlyHeldBy(const std::string& tenant_id,
                                                                                        const std::string& user_id,
                                                                                        const std::string& since) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT child_id, recorded_at FROM child_allocations WHERE tenant_id = ? "
                                              "AND previous_worker_id = ? AND recorded_at >= ?",
                                              {tenant_id, user_id, since}));
  std::vector<std::pair<std::string, TimePoint>> out;
  for (const SqlRow& row : rows) {
    if (auto ended = ParseRfc3339(AsText(row[1]))) out.emplace_back(AsText(row[0]), *ended);
  }
  return out;
}

}  // namespace childrecord
