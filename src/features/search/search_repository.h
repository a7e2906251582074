#pragma once

#include <string>

#include "core/result.h"
#include "features/search/search_rules.h"
#include "features/search/search_views.h"
#include "record/read_models.h"
#include "store/store.h"

namespace childrecord {

// Full-text search in the database. The indexes are derived from the projected
// tables `children` and `entries` by the database itself (migration 0010: SQLite FTS5 tables kept
// by triggers; PostgreSQL generated tsvector columns with GIN indexes), so there is nothing here
// to write. Reads only. Thread safe: each call takes its own connection from the store's pool.
// Borrows `store`.
class SearchRepository {
 public:
  explicit SearchRepository(Store& store) : store_(store) {}

  // Children whose names match `query` (by name), then entries whose title and body match, within
  // `scope`: of the newest matches (at least 500, and always enough for the page asked for), best
  // first (SQLite: entry_rank, BM25 without each word's rarity; PostgreSQL: ts_rank; title words
  // weigh more), then newest first. Every term must match. A word is searched whole, and also as
  // the start of longer words unless found whole in enough entries to fill that window: so a
  // common word costs what a rare one does. `cursor` is a `next` from an earlier page of the same
  // query.
  Result<Page<SearchHit>> Search(const std::string& tenant_id, const SearchQuery& query, const SearchScope& scope,
                                 int limit, const std::string& cursor);

 private:
  Store& store_;
};

}  // namespace childrecord
