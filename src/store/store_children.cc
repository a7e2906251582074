// Store: reading the child's record.
#include "core/sha256.h"
#include "core/text.h"
#include "store/entry_rows.h"
#include "store/people_rows.h"
#include "store/entry_share_repository.h"
#include "store/store.h"

namespace childrecord {
namespace {

// Cursors are opaque to clients: two keys joined by a unit separator, hex-encoded.
std::string MakeCursor(const std::string& a, const std::string& b) { return HexEncode(a + '\x1f' + b); }

bool ParseCursor(const std::string& cursor, std::string& a, std::string& b) {
  if (cursor.size() % 2 != 0) return false;
  std::string raw;
  for (size_t i = 0; i < cursor.size(); i += 2) {
    int value = 0;
    for (size_t k = i; k < i + 2; ++k) {
      char c = cursor[k];
      int digit = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
      if (digit < 0) return false;
      value = value * 16 + digit;
    }
    raw.push_back(static_cast<char>(value));
  }
  auto sep = raw.find('\x1f');
  if (sep == std::string::npos) return false;
  a = raw.substr(0, sep);
  b = raw.substr(sep + 1);
  return true;
}

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

Result<Page<ChildListItem>> Store::SearchChildren(const std::string& tenant_id, const std::string& query, int limit,
                                                  const std::string& cursor, const std::string& viewer_id) {
  if (limit < 1) return Error::BadRequest("The page size must be at least 1", "limit");
  std::string after_name, after_id;
  if (!cursor.empty() && !ParseCursor(cursor, after_name, after_id)) {
    return Error::BadRequest("The page cursor is not one this server gave out", "cursor");
  }
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
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

Result<ChildRecord> Store::GetChild(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string("SELECT ") + kChildColumns +
                                                  "WHERE c.tenant_id = ? AND c.id = ?",
                                              {tenant_id, child_id}));
  if (rows.empty()) return Error::NotFound("There is no child's record with that id");
  const SqlRow& row = rows[0];
  ChildRecord child{ChildFromRow(row), AsText(row[10]), AsText(row[11]), AsText(row[12]), AsText(row[13]),
                    AsText(row[14]), std::nullopt};
  CR_ASSIGN_OR_RETURN(SqlRows closure,
                      db->Query("SELECT r.closed_on, r.reason, r.closing_summary, u.full_name, r.recorded_at "
                                "FROM record_closures r LEFT JOIN users u ON u.tenant_id = r.tenant_id AND "
                                "u.id = r.closed_by WHERE r.tenant_id = ? AND r.child_id = ? "
                                "ORDER BY r.recorded_at DESC, r.id DESC LIMIT 1",
                                {tenant_id, child_id}));
  if (!closure.empty() && child.summary.status == "closed") {  // the closure of the current involvement
    const SqlRow& c = closure[0];
    child.closure = RecordClosure{AsText(c[0]), AsText(c[1]), AsText(c[2]), AsText(c[3]), AsText(c[4])};
  }
  return child;
}

Result<Page<EntryView>> Store::ListEntries(const std::string& tenant_id, const std::string& child_id, int limit,
                                           const std::string& cursor) {
  if (limit < 1) return Error::BadRequest("The page size must be at least 1", "limit");
  std::string before_time, before_id;
  if (!cursor.empty() && !ParseCursor(cursor, before_time, before_id)) {
    return Error::BadRequest("The page cursor is not one this server gave out", "cursor");
  }
  // R32: the child's own entries and those shared with their record from a brother's or sister's.
  std::string sql = std::string(kEntrySelect) +
                    "WHERE e.tenant_id = ? AND (e.child_id = ? OR e.id IN (SELECT s.entry_id FROM entry_shares s "
                    "WHERE s.tenant_id = ? AND s.child_id = ?)) ";
  std::vector<SqlValue> params{tenant_id, child_id, tenant_id, child_id};
  if (!cursor.empty()) {
    sql += "AND (e.occurred_at < ? OR (e.occurred_at = ? AND e.id < ?)) ";
    params.insert(params.end(), {before_time, before_time, before_id});
  }
  sql += "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?";
  params.push_back(int64_t{limit} + 1);
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, params));
  Page<EntryView> page;
  for (size_t i = 0; i < rows.size() && static_cast<int>(i) < limit; ++i) page.items.push_back(EntryFromRow(rows[i]));
  if (static_cast<int>(rows.size()) > limit) {
    const SqlRow& last = rows[limit - 1];
    page.next = MakeCursor(AsText(last[3]), AsText(last[0]));
  }
  CR_RETURN_IF_ERROR(EntryShareRepository(*this).MarkSharedFrom(tenant_id, child_id, page.items));
  return page;
}

Result<EntryView> Store::GetEntry(const std::string& tenant_id, const std::string& entry_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(std::string(kEntrySelect) +
                                                  "WHERE e.tenant_id = ? AND e.id = ?",
                                              {tenant_id, entry_id}));
  if (rows.empty()) return Error::NotFound("There is no entry with that id");
  return EntryFromRow(rows[0]);
}

Result<std::vector<EntryVersionView>> Store::ListEntryVersions(const std::string& tenant_id,
                                                               const std::string& entry_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT v.version, v.title, v.body, v.reason, v.recorded_at, u.full_name "
                                "FROM entry_versions v LEFT JOIN users u ON u.tenant_id = v.tenant_id AND "
                                "u.id = v.recorded_by WHERE v.tenant_id = ? AND v.entry_id = ? ORDER BY v.version",
                                {tenant_id, entry_id}));
  std::vector<EntryVersionView> versions;
  for (const auto& r : rows) {
    versions.push_back({AsInt(r[0]), AsText(r[1]), AsText(r[2]), AsText(r[3]), AsText(r[4]), AsText(r[5])});
  }
  return versions;
}

}  // namespace childrecord
