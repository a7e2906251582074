#include "features/access_log/access_log_repository.h"

#include <charconv>

#include "store/access_log_rows.h"
#include "store/described_rows.h"

namespace childrecord {
namespace {

// What a listing selects after the entry's own columns: who (their name and username) and the
// record's name, or "A restricted record" for a viewer not named on it. The `?` is the viewer's
// pattern, the statement's first parameter.
struct AccessLogListingRow {
  std::string user_name;
  std::string username;
  std::string child_name;
};
const fields::Description<AccessLogListingRow>& Describe(const AccessLogListingRow*) {
  using V = AccessLogListingRow;
  static const fields::Description<AccessLogListingRow> description = {
      {"user_name", "u.full_name", &V::user_name},
      {"username", "u.username", &V::username},
      {"child_name",
       "CASE WHEN c.restricted = 1 AND c.restricted_to NOT LIKE ? THEN 'A restricted record' ELSE c.full_name END",
       &V::child_name},
  };
  return description;
}

}  // namespace

Result<Page<AccessLogView>> AccessLogRepository::List(const std::string& tenant_id, const AccessLogFilter& filter,
                                                       int limit, const std::string& cursor) {
  if (limit < 1) return Error::BadRequest("The page size must be at least 1", "limit");
  int64_t before_seq = 0;
  if (!cursor.empty()) {
    auto [ptr, ec] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), before_seq);
    if (ec != std::errc() || ptr != cursor.data() + cursor.size() || before_seq < 1) {
      return Error::BadRequest("The page cursor is not one this server gave out", "cursor");
    }
  }
  std::string sql = "SELECT " + AccessLogSelectList() + ", " + fields::SelectList<AccessLogListingRow>() +
                    " FROM access_log a "
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
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, params));
  Page<AccessLogView> page;
  // The listing's own columns follow the entry's.
  for (size_t i = 0; i < rows.size() && static_cast<int>(i) < limit; ++i) {
    AccessLogListingRow listed = ReadRow<AccessLogListingRow>(rows[i], fields::ColumnCount<AccessLogRow>());
    page.items.push_back(AccessLogView{AccessLogEntryFromRow(tenant_id, rows[i]), std::move(listed.user_name),
                                       std::move(listed.username), std::move(listed.child_name)});
  }
  if (static_cast<int>(rows.size()) > limit) page.next = std::to_string(page.items.back().entry.seq);
  return page;
}

Result<std::string> AccessLogRepository::ChildIdOfLocalId(const std::string& tenant_id,
                                                          const std::string& local_child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT id FROM children WHERE tenant_id = ? AND local_child_id = ? LIMIT 1",
                                              {tenant_id, local_child_id}));
  if (rows.empty()) return std::string();
  return AsText(rows[0][0]);
}

}  // namespace childrecord
