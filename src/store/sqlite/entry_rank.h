#pragma once

#include <sqlite3.h>

#include "core/result.h"

namespace childrecord {

// Registers the FTS5 ranking function `entry_rank(table, weight_per_column...)` on `db`: BM25
// without the inverse document frequency, negative like FTS5's bm25 (ORDER BY it, best first).
// Each searched word counts by how often it occurs in the entry, against the entry's length and
// the average length, each column times its weight (search_repository.cc: the title 5, the text 1).
//
// Why not bm25: to weigh a word by how rare it is, FTS5's bm25 counts every entry holding it on
// its first call in a statement, so ranking the newest few hundred matches of "visit" read all 700,000 of
// them (14 ms of the search's 15 at the large size). With one word that weight changes no order;
// with several, each word counts the same here. Cost per row: only that row's positions.
// Call once per connection, before the first search. Fails (kInternal) when SQLite has no FTS5.
Status RegisterEntryRank(sqlite3* db);

}  // namespace childrecord
