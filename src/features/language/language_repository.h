#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "features/entries/entry_views.h"
#include "features/language/words_we_use_rules.h"
#include "store/store.h"

namespace childrecord {

// Reads of what the language checker reads from the record (R33-R35).
// Written only by appending events (Store::Append). Thread safe: each call takes its own
// connection from the store's pool. Borrows `store`, which must outlive it; cheap to make.
class LanguageRepository {
 public:
  explicit LanguageRepository(Store& store) : store_(store) {}

  // The record's "words we use" (empty when none were set).
  Result<std::vector<WordWeUse>> WordsWeUse(const std::string& tenant_id, const std::string& child_id);
  // The newest entries (up to `limit`) on the records of a team's children, newest first, for
  // the team's language view.
  Result<std::vector<EntryView>> RecentTeamEntries(const std::string& tenant_id, const std::string& team_id, int limit);

 private:
  Store& store_;
};

}  // namespace childrecord
