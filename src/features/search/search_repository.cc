// Full-text search of entries and names in the database. The query is built
// from the parsed words only, each a bound parameter, so nothing typed is read as query syntax.
#include "features/search/search_repository.h"

#include <charconv>

#include "core/fields.h"
#include "core/sha256.h"
#include "features/entries/entry_views.h"
#include "store/described_rows.h"
#include "store/restricted_to.h"

namespace childrecord {
namespace {

constexpr char kCursorTag[] = "search:";

std::string OffsetCursor(int64_t offset) { return HexEncode(kCursorTag + std::to_string(offset)); }

bool ParseOffsetCursor(const std::string& cursor, int64_t& offset) {
  if (cursor.size() % 2 != 0) return false;
  std::string raw;
  for (size_t i = 0; i < cursor.size(); i += 2) {
    int value = 0;
    auto [end, ec] = std::from_chars(cursor.data() + i, cursor.data() + i + 2, value, 16);
    if (ec != std::errc() || end != cursor.data() + i + 2) return false;
    raw.push_back(static_cast<char>(value));
  }
  const std::string tag = kCursorTag;
  if (raw.compare(0, tag.size(), tag) != 0) return false;
  auto [end, ec] = std::from_chars(raw.data() + tag.size(), raw.data() + raw.size(), offset);
  return ec == std::errc() && end == raw.data() + raw.size() && offset >= 0;
}

std::string Joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// FTS5: every term a string in double quotes (words hold no quotes, but they are doubled anyway),
// a single plain word followed by * for "begins with"; terms side by side mean AND.
std::string Fts5Match(const SearchQuery& query) {
  std::string match;
  for (const SearchTerm& term : query.terms) {
    std::string quoted = "\"";
    for (char c : Joined(term.words)) {
      if (c == '"') quoted.push_back('"');
      quoted.push_back(c);
    }
    quoted += "\"";
    if (term.prefix) quoted += "*";
    match += (match.empty() ? "" : " ") + quoted;
  }
  return match;
}

// PostgreSQL: a tsquery expression with one parameter per term, folded by the same search_fold()
// the index uses. phraseto_tsquery takes any text; a "begins with" word is its single lexeme
// quoted (it holds no quote) and marked :*.
std::string PostgresQuery(const SearchQuery& query, std::vector<SqlValue>& params) {
  std::string sql;
  for (const SearchTerm& term : query.terms) {
    if (!sql.empty()) sql += " && ";
    if (term.prefix) {
      sql += "to_tsquery('simple', '''' || search_fold(?) || ''':*')";
    } else {
      sql += "phraseto_tsquery('simple', search_fold(?))";
    }
    params.push_back(Joined(term.words));
  }
  return "(" + sql + ")";
}

// Restricted records are not there for anyone not named on them.
std::string VisibleClause(const SearchScope& scope, std::vector<SqlValue>& params) {
  params.push_back(RestrictedToPattern(scope.viewer_id));
  return std::string(kVisibleToViewerSql) + " ";
}

// Entries only where the viewer may read them without a reason: anywhere (Grant::kYes) or on
// their caseload (auth/access_policy.h OnCaseload: the allocated worker, the record's team; on a
// restricted record the named people, who already passed VisibleClause).
std::string EntryScopeClause(const SearchScope& scope, std::vector<SqlValue>& params) {
  if (scope.entries == SearchScope::Entries::kAll) return "";
  std::string sql = "AND (c.restricted = 1 OR c.allocated_worker_id = ?";
  params.push_back(scope.viewer_id);
  if (!scope.team_id.empty()) {
    sql += " OR c.team_id = ?";
    params.push_back(scope.team_id);
  }
  return sql + ") ";
}

// How many of the newest matching entries a search ranks at least (see Search). A practitioner
// sees entries of their team's records only, so filling the window walks the word's matches until
// that many are theirs: at a large authority's size 500 cost a common word p95 49 ms, 200 28 ms
// (docs/performance.md "Search"). Ten pages of the best of the newest 200 is what a worker looking
// for a recent note reads; paging further widens the window.
constexpr int64_t kRankedWindow = 200;
// How many entries hold a word whole for it to be searched whole first (SQLite; see Search).
constexpr int64_t kCommonWordMatches = 5000;

// A hit's child as selected (the access facts each hit is checked with again), and an entry hit's
// entry: each read by the columns its description names (store/described_rows.h).
struct ChildFactsRow {
  std::string child_id, child_name, team_id, allocated_worker_id;
  bool restricted = false;
  std::string restricted_to;
};
const fields::Description<ChildFactsRow>& Describe(const ChildFactsRow*) {
  using V = ChildFactsRow;
  static const fields::Description<ChildFactsRow> description = {
      {"child_id", "c.id", &V::child_id},
      {"child_name", "c.full_name", &V::child_name},
      {"team_id", "c.team_id", &V::team_id},
      {"allocated_worker_id", "c.allocated_worker_id", &V::allocated_worker_id},
      {"restricted", "c.restricted", &V::restricted, fields::Kind::kFlag},
      {"restricted_to", "c.restricted_to", &V::restricted_to},
  };
  return description;
}

struct EntryHitRow {
  std::string entry_id, kind, occurred_at, title, body;
  bool late = false;
  bool significant = false;
};
const fields::Description<EntryHitRow>& Describe(const EntryHitRow*) {
  using V = EntryHitRow;
  static const fields::Description<EntryHitRow> description = {
      {"entry_id", "e.id", &V::entry_id},
      {"kind", "e.kind", &V::kind},
      {"occurred_at", "e.occurred_at", &V::occurred_at},
      {"title", "e.title", &V::title},
      {"body", kEntryBodySql, &V::body},
      {"late", "e.late", &V::late, fields::Kind::kFlag},
      {"significant", "e.significant", &V::significant, fields::Kind::kFlag},
  };
  return description;
}

// A name hit selects the child's facts; an entry hit the entry's after them.
SearchHit HitFromRow(const SqlRow& row, bool entry_hit) {
  const ChildFactsRow child = ReadRow<ChildFactsRow>(row);
  SearchHit hit;
  hit.child_id = child.child_id;
  hit.child_name = child.child_name;
  hit.team_id = child.team_id;
  hit.allocated_worker_id = child.allocated_worker_id;
  hit.restricted = child.restricted;
  hit.named_user_ids = RestrictedToIds(child.restricted_to);
  if (entry_hit) {
    EntryHitRow entry = ReadRow<EntryHitRow>(row, fields::ColumnCount<ChildFactsRow>());
    hit.entry_id = std::move(entry.entry_id);
    hit.kind = std::move(entry.kind);
    hit.occurred_at = std::move(entry.occurred_at);
    hit.title = std::move(entry.title);
    hit.body = std::move(entry.body);
    hit.late = entry.late;
    hit.significant = entry.significant;
  }
  return hit;
}

}  // namespace

Result<Page<SearchHit>> SearchRepository::Search(const std::string& tenant_id, const SearchQuery& query,
                                                 const SearchScope& scope, int limit, const std::string& cursor) {
  if (limit < 1) return Error::BadRequest("The page size must be at least 1", "limit");
  if (query.terms.empty()) return Error::Validation("q", "Enter a word to search for");
  int64_t offset = 0;
  if (!cursor.empty() && !ParseOffsetCursor(cursor, offset)) {
    return Error::BadRequest("The page cursor is not one this server gave out", "cursor");
  }
  const bool postgres = store_.dialect() == Dialect::kPostgres;
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());

  // Names first, by name. Fetching up to the end of this page (plus one) tells how many names
  // come before the entries.
  std::vector<SqlValue> params;
  std::string sql = "SELECT " + fields::SelectList<ChildFactsRow>() + " FROM ";
  if (postgres) {
    sql += "children c WHERE c.tenant_id = ? AND c.search_vector @@ ";
    params.push_back(tenant_id);
    sql += PostgresQuery(query, params) + " AND ";
  } else {
    sql +=
        "child_search s JOIN child_search_rows r ON r.search_rowid = s.rowid "
        "JOIN children c ON c.tenant_id = r.tenant_id AND c.id = r.child_id "
        "WHERE child_search MATCH ? AND r.tenant_id = ? AND ";
    params.insert(params.end(), {Fts5Match(query), tenant_id});
  }
  sql += VisibleClause(scope, params) + "ORDER BY c.name_key, c.id LIMIT ?";
  params.push_back(offset + limit + 1);
  CR_ASSIGN_OR_RETURN(SqlRows names, db->Query(sql, params));

  Page<SearchHit> page;
  const int64_t name_count = static_cast<int64_t>(names.size());
  for (int64_t i = offset; i < name_count && i < offset + limit; ++i) page.items.push_back(HitFromRow(names[i], false));
  if (name_count > offset + limit) {
    page.next = OffsetCursor(offset + limit);
    return page;
  }
  if (scope.entries == SearchScope::Entries::kNone) return page;

  // Then entries: the newest matches the reader may see, up to a window that covers this page,
  // read in the index's order so that the reading stops at the window instead of reading every
  // match; within the window, best first, then newest. The window is at least kRankedWindow, so
  // a search with fewer matches ranks them all.
  const int64_t room = limit - static_cast<int64_t>(page.items.size());
  const int64_t entry_offset = std::max<int64_t>(0, offset - name_count);
  const int64_t window = std::max<int64_t>(kRankedWindow, entry_offset + room + 1);
  // The window holds keys only; the page's rows are read in full afterwards, each with how many
  // keys the window held (the last column).
  auto entries_sql = [&](const SearchQuery& terms, std::vector<SqlValue>& params) {
    std::string entry_sql = "WITH w AS (SELECT ";
    if (postgres) {
      std::string tsquery = PostgresQuery(terms, params);
      entry_sql += "e.tenant_id, e.id AS entry_id, -ts_rank(e.search_vector, qq.q) AS rank FROM (SELECT " + tsquery +
                   " AS q) qq CROSS JOIN entries e "
                   "JOIN children c ON c.tenant_id = e.tenant_id AND c.id = e.child_id "
                   "WHERE e.tenant_id = ? AND e.search_vector @@ qq.q AND ";
      params.push_back(tenant_id);
    } else {
      // Weights: a word in the title counts five times one in the body (entry_rank: BM25 without
      // the rarity of each word, which bm25 counts from every match; store/sqlite/entry_rank.h).
      // entry_search's rowids
      // grow as entries are recorded, so its rowid order is newest recorded first. A match
      // reaches its record through the search row's child id (migration 0019): the entry's own
      // row is read only for the page's matches, below.
      entry_sql +=
          "r.tenant_id, r.entry_id, entry_rank(entry_search, 5.0, 1.0) AS rank FROM entry_search "
          "JOIN entry_search_rows r ON r.search_rowid = entry_search.rowid "
          "JOIN children c ON c.tenant_id = r.tenant_id AND c.id = r.child_id "
          "WHERE entry_search MATCH ? AND r.tenant_id = ? AND ";
      params.insert(params.end(), {Fts5Match(terms), tenant_id});
    }
    // Two statements: the parameters must be added in the order of their placeholders.
    entry_sql += VisibleClause(scope, params);
    entry_sql += EntryScopeClause(scope, params);
    entry_sql +=
        postgres ? "ORDER BY e.recorded_at DESC, e.id DESC LIMIT ?) " : "ORDER BY entry_search.rowid DESC LIMIT ?) ";
    // Only the window's rows ranked no worse than the page's last are read whole (ties at that
    // rank included, for the order's tie-breaks): not every row of the window.
    entry_sql += "SELECT " + fields::SelectList<ChildFactsRow>() + ", " + fields::SelectList<EntryHitRow>() +
                 ", (SELECT COUNT(*) FROM w) FROM w "
                 "JOIN entries e ON e.tenant_id = w.tenant_id AND e.id = w.entry_id "
                 "JOIN children c ON c.tenant_id = e.tenant_id AND c.id = e.child_id "
                 "WHERE w.rank <= COALESCE((SELECT rank FROM w ORDER BY rank LIMIT 1 OFFSET ?), w.rank) "
                 "ORDER BY w.rank, e.occurred_at DESC, w.entry_id DESC LIMIT ? OFFSET ?";
    params.insert(params.end(), {window, entry_offset + room, room + 1, entry_offset});
    return entry_sql;
  };
  // SQLite: a word is also searched as the start of longer ones ("visit": visits, visited), and
  // FTS5 answers that by merging the matches of every such word before it can give the newest.
  // So a word the index holds whole in many entries (a cheap count of its own list, capped) is
  // searched whole first: when that alone fills the window it is the answer, and a common word
  // costs what a rare one does. PostgreSQL walks its index newest first either way.
  const SearchQuery entry_terms = EntryTerms(query);
  SearchQuery whole = entry_terms;
  bool any_prefix = false;
  for (SearchTerm& term : whole.terms) {
    any_prefix = any_prefix || term.prefix;
    term.prefix = false;
  }
  SqlRows entries;
  if (any_prefix && !postgres) {
    const int64_t common = kCommonWordMatches * window / kRankedWindow;
    CR_ASSIGN_OR_RETURN(SqlRows counted,
                        db->Query("SELECT COUNT(*) FROM (SELECT rowid FROM entry_search WHERE entry_search MATCH ? "
                                  "LIMIT ?)",
                                  {Fts5Match(whole), common}));
    if (AsInt(counted[0][0]) >= common) {
      params.clear();
      const std::string whole_sql = entries_sql(whole, params);
      CR_ASSIGN_OR_RETURN(entries, db->Query(whole_sql, params));
    }
  }
  const bool window_filled = !entries.empty() && AsInt(entries[0].back()) >= window;
  if (!window_filled) {
    params.clear();
    const std::string begun_sql = entries_sql(entry_terms, params);
    CR_ASSIGN_OR_RETURN(entries, db->Query(begun_sql, params));
  }
  for (int64_t i = 0; i < static_cast<int64_t>(entries.size()) && i < room; ++i) {
    page.items.push_back(HitFromRow(entries[i], true));
  }
  if (static_cast<int64_t>(entries.size()) > room) page.next = OffsetCursor(offset + limit);
  return page;
}

}  // namespace childrecord
