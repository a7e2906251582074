// Store: what the language checker needs from the record (R33).
#include "store/store.h"

namespace childrecord {

Result<std::vector<WordWeUse>> Store::WordsWeUse(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT words FROM words_we_use WHERE tenant_id = ? AND id = ?",
                                              {tenant_id, child_id}));
  if (rows.empty()) return std::vector<WordWeUse>{};
  return WordsWeUseFromJson(Json::parse(AsText(rows[0][0]), nullptr, false));
}

Result<std::vector<EntryView>> Store::RecentTeamEntries(const std::string& tenant_id, const std::string& team_id,
                                                        int limit) {
  CR_ASSIGN_OR_RETURN(auto db, pool_->Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query("SELECT e.id, e.child_id, e.kind, e.occurred_at, e.recorded_at, r.full_name, p.full_name, e.title, "
                "e.body, e.late, e.significant FROM entries e "
                "JOIN children c ON c.tenant_id = e.tenant_id AND c.id = e.child_id "
                "LEFT JOIN users r ON r.tenant_id = e.tenant_id AND r.id = e.recorded_by "
                "LEFT JOIN users p ON p.tenant_id = e.tenant_id AND p.id = e.practitioner_id "
                "WHERE e.tenant_id = ? AND c.team_id = ? ORDER BY e.recorded_at DESC, e.id DESC LIMIT ?",
                {tenant_id, team_id, int64_t{limit}}));
  std::vector<EntryView> entries;
  for (const auto& r : rows) {
    entries.push_back(EntryView{AsText(r[0]), AsText(r[1]), AsText(r[2]), AsText(r[3]), AsText(r[4]), AsText(r[5]),
                                AsText(r[6]), AsText(r[7]), AsText(r[8]), AsInt(r[9]) != 0, AsInt(r[10]) != 0});
  }
  return entries;
}

}  // namespace childrecord
