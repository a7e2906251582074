// LanguageRepository: what the language checker needs from the record (R33).
#include "features/language/language_repository.h"

#include "features/entries/entry_rows.h"

namespace childrecord {

Result<std::vector<WordWeUse>> LanguageRepository::WordsWeUse(const std::string& tenant_id,
                                                              const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows, db->Query("SELECT words FROM words_we_use WHERE tenant_id = ? AND id = ?", {tenant_id, child_id}));
  if (rows.empty()) return std::vector<WordWeUse>{};
  return WordsWeUseFromJson(Json::parse(AsText(rows[0][0]), nullptr, false));
}

Result<std::vector<EntryView>> LanguageRepository::RecentTeamEntries(const std::string& tenant_id,
                                                                     const std::string& team_id, int limit) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(
      SqlRows rows,
      db->Query(EntrySelect() +
                    "JOIN children c ON c.tenant_id = e.tenant_id AND c.id = e.child_id "
                    "WHERE e.tenant_id = ? AND c.team_id = ? ORDER BY e.recorded_at DESC, e.id DESC LIMIT ?",
                {tenant_id, team_id, int64_t{limit}}));
  std::vector<EntryView> entries;
  for (const auto& r : rows) entries.push_back(EntryFromRow(r));
  return entries;
}

}  // namespace childrecord
