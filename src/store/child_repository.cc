// ChildRepository: finding children and reading a child's record.
#include "core/sha256.h"
#include "core/text.h"
#include "store/people_rows.h"
#include "store/page_cursor.h"
#include "store/child_repository.h"

namespace childrecord {
namespace {

std::string EscapeLike(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

constexpr char kChildColumns[] =
    "c.id, c.full_name, c.date_of_birth, c.local_child_id, c.status, t.name, w.full_name, c.opened_at, "
    "(SELECT MAX(e.occurred_at) FROM entries e WHERE e.tenant_id = c.tenant_id AND e.child_id = c.id), "
    "c.name_key, c.team_id, c.allocated_worker_id, c.referral_received_on, c.referral_source, c.referral_reason "
    "FROM children c JOIN teams t ON t.tenant_id = c.tenant_id AND t.id = c.team_id "
    "LEFT JOIN users w ON w.tenant_id = c.tenant_id AND w.id = c.allocated_worker_id ";

ChildListItem ChildFromRow(const SqlRow& row) {
  return ChildListItem{AsText(row[0]), AsText(row[1]), AsText(row[2]),  AsText(row[3]),  AsText(row[4]), AsText(row[5]),
                       AsText(row[6]), AsText(row[7]), AsText(row[8]), AsText(row[10]), AsText(row[11]), false};
}

}  // namespace

Result<Page<ChildListItem>> ChildRepository::SearchChildren(const std::string& tenant_id, const std::string& query, int limit,
                                                  const std::string& cursor, const std::string& viewer_id) {
  if (limit < 1) return Error::BadRequest("The page size must be at least 1", "limit");
  std::string after_name, after_id;
  if (!cursor.empty() && !ParseCursor(cursor, after_name, after_id)) {
    return Error::BadRequest("The page cursor is not one this server gave out", "cursor");
  }
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query(std::string("SELECT ") + kChildColumns +
                    "WHERE c.tenant_id = ? AND c.name_key LIKE ? ESCAPE '\\' "
                    // Restricted records are not there for anyone not named on them (issue 3 item 7).
                    "AND (c.restricted = 0 OR c.restricted_to LIKE ?) "
                    "AND (c.name_key > ? OR (c.name_key = ? AND c.id > ?)) ORDER BY c.name_key, c.id LIMIT ?",
                {tenant_id, "%" + EscapeLike(FoldCase(query)) + "%",
                 viewer_id.empty() ? std::string("-") : "% " + EscapeLike(viewer_id) + " %", after_name, after_name,
                 after_id, int64_t{limit} + 1}));
  Page<ChildListItem> page;
  for (size_t i = 0; i < rows.size() && static_cast<int>(i) < limit; ++i) page.items.push_back(ChildFromRow(rows[i]));
  if (static_cast<int>(rows.size()) > limit) {
    const SqlRow& last = rows[limit - 1];
    page.next = MakeCursor(AsText(last[9]), AsText(last[0]));
  }
  return page;
}

Result<ChildRecord> ChildRepository::GetChild(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string("SELECT ") + kChildColumns +
                                                  "WHERE c.tenant_id = ? AND c.id = ?",
                                              {tenant_id, child_id}));
  if (rows.empty()) return Error::NotFound("There is no child's record with that id");
  const SqlRow& row = rows[0];
  return ChildRecord{ChildFromRow(row), AsText(row[10]), AsText(row[11]), AsText(row[12]), AsText(row[13]),
                     AsText(row[14])};
}

}  // namespace childrecord
