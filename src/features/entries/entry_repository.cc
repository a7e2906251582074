// EntryRepository: a child's entries and every version of one.
#include "features/entries/entry_repository.h"

#include "features/entries/entry_rows.h"
#include "features/entries/entry_share_repository.h"
#include "store/page_cursor.h"

namespace childrecord {
namespace {

// A version as ListEntryVersions selects it: the payload of the journal event that made it (its
// title and text are read from that), then why and by whom; read by the columns its description
// names (store/described_rows.h).
struct EntryVersionRow {
  int64_t version = 0;
  std::string payload;
  std::string reason;
  std::string recorded_at;
  std::string recorded_by_name;
};
const fields::Description<EntryVersionRow>& Describe(const EntryVersionRow*) {
  using V = EntryVersionRow;
  static const fields::Description<EntryVersionRow> description = {
      {"version", "v.version", &V::version, fields::Kind::kInteger},
      {"payload", "p.payload", &V::payload},
      {"reason", "v.reason", &V::reason},
      {"recorded_at", "v.recorded_at", &V::recorded_at},
      {"recorded_by_name", "u.full_name", &V::recorded_by_name},
  };
  return description;
}

}  // namespace

Result<Page<EntryView>> EntryRepository::ListEntries(const std::string& tenant_id, const std::string& child_id,
                                                     int limit, const std::string& cursor) {
  if (limit < 1) return Error::BadRequest("The page size must be at least 1", "limit");
  std::string before_time, before_id;
  if (!cursor.empty() && !ParseCursor(cursor, before_time, before_id)) {
    return Error::BadRequest("The page cursor is not one this server gave out", "cursor");
  }
  // R32: the child's own entries and those shared with their record from a brother's or sister's,
  // as two reads each by its index on the child (entries_by_child_in_page_order, entry_shares_by_child_entry) merged
  // newest first: an OR of the two could use neither and read every entry of the authority.
  const std::string after = cursor.empty() ? "" : "AND (e.occurred_at < ? OR (e.occurred_at = ? AND e.id < ?)) ";
  std::string sql = EntrySelect() + "WHERE e.tenant_id = ? AND e.child_id = ? " + after + "UNION ALL " +
                    SharedEntrySelect() + "WHERE s.tenant_id = ? AND s.child_id = ? " + after + "ORDER BY " +
                    EntryColumnNumber("occurred_at") + " DESC, " + EntryColumnNumber("id") + " DESC LIMIT ?";
  std::vector<SqlValue> params;
  for (int part = 0; part < 2; ++part) {
    params.insert(params.end(), {tenant_id, child_id});
    if (!cursor.empty()) params.insert(params.end(), {before_time, before_time, before_id});
  }
  params.push_back(int64_t{limit} + 1);
  Page<EntryView> page;
  SqlRows rows;
  {
    CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
    CR_ASSIGN_OR_RETURN(rows, db->Query(sql, params));
  }  // returned before the names of the records shared from are read

  for (size_t i = 0; i < rows.size() && static_cast<int>(i) < limit; ++i) page.items.push_back(EntryFromRow(rows[i]));
  if (static_cast<int>(rows.size()) > limit)
    page.next = MakeCursor(page.items.back().occurred_at, page.items.back().id);
  CR_RETURN_IF_ERROR(EntryShareRepository(store_).MarkSharedFrom(tenant_id, child_id, page.items));
  return page;
}

Result<EntryView> EntryRepository::GetEntry(const std::string& tenant_id, const std::string& entry_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query(EntrySelect() + "WHERE e.tenant_id = ? AND e.id = ?", {tenant_id, entry_id}));
  if (rows.empty()) return Error::NotFound("There is no entry with that id");
  return EntryFromRow(rows[0]);
}

Result<std::vector<EntryVersionView>> EntryRepository::ListEntryVersions(const std::string& tenant_id,
                                                                         const std::string& entry_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  // A version's title and text are those of the journal event that made it (its payload).
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<EntryVersionRow>() +
                                    " FROM entry_versions v JOIN journal_payloads p ON p.tenant_id = v.tenant_id AND "
                                    "p.seq = v.seq LEFT JOIN users u ON u.tenant_id = v.tenant_id AND "
                                    "u.id = v.recorded_by WHERE v.tenant_id = ? AND v.entry_id = ? ORDER BY v.version",
                                {tenant_id, entry_id}));
  std::vector<EntryVersionView> versions;
  for (const auto& r : rows) {
    EntryVersionRow row = ReadRow<EntryVersionRow>(r);
    const Json payload = Json::parse(row.payload, nullptr, /*allow_exceptions=*/false);
    if (!payload.is_object() || !payload.value("title", Json()).is_string() ||
        !payload.value("body", Json()).is_string()) {
      return Error::Internal("The journal event of version " + std::to_string(row.version) + " of entry " + entry_id +
                             " does not hold its title and text");
    }
    const Json& details = payload.contains("details") ? payload["details"] : Json();
    versions.push_back({row.version, payload["title"].get<std::string>(), payload["body"].get<std::string>(),
                        std::move(row.reason), std::move(row.recorded_at), std::move(row.recorded_by_name),
                        details.is_object() ? details.dump() : std::string()});
  }
  return versions;
}

}  // namespace childrecord
