#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/canonical_json.h"
#include "core/result.h"

namespace childrecord {

// Full-text search of the record: what a person typed, made safe, and the
// marking of the words it found. Pure: no I/O, no SQL. The repository (search_repository.h)
// turns a SearchQuery into its backend's own query syntax (FTS5 MATCH, PostgreSQL tsquery) from
// the words alone, so nothing the person types is ever read as query syntax.

// One thing to find: a single word, or a phrase (several words, adjacent and in order).
// Words are folded (FoldForSearch) and hold only word characters (no quotes, operators or
// spaces). A plain single word also finds words that begin with it ("visit" finds "visited"),
// in entries only when it has kShortestBeginning letters or more (EntryTerms).
struct SearchTerm {
  std::vector<std::string> words;
  bool prefix = false;  // only for a single, unquoted word
  bool operator==(const SearchTerm&) const = default;
};

// Every term must match (AND).
struct SearchQuery {
  std::vector<SearchTerm> terms;
};

inline constexpr size_t kMaxSearchLength = 200;  // characters
inline constexpr size_t kMaxSearchTerms = 12;
inline constexpr size_t kShortestBeginning = 4;  // letters

// Reads what was typed: words separated by spaces; "double quotes" make a phrase (an unclosed
// quote runs to the end); a word joined by punctuation ("O'Brien", "well-being") is a phrase of
// its parts, as the index sees it. Everything that is not a word character is a separator, so
// FTS or tsquery syntax (NEAR(, *, :, AND, -) is only ever words or nothing.
// Errors (kValidation, field "q"): nothing to search for, too long, too many words.
Result<SearchQuery> ParseSearchQuery(std::string_view text);

// The terms entries are searched and marked with: `query`, with a plain word shorter than
// kShortestBeginning ("mum", "gp") found whole. A word's first two or three letters begin
// thousands of words, and the entries' index keeps no lists of words by their first letters (the
// storage they took: docs/performance.md, "Storage: one entry on disk"), so such a search would
// merge every one of those words' matches. Children's names keep every beginning: their index
// holds one row a child.
SearchQuery EntryTerms(SearchQuery query);

// Lower-case and without diacritics ("Zoë" -> "zoe", "SIOBHÁN" -> "siobhan"), as both indexes
// see words: the table is the one the PostgreSQL migration's search_fold() uses (a test checks
// they are the same), and agrees with SQLite FTS5's `unicode61 remove_diacritics 2`.
std::string FoldForSearch(std::string_view text);

// The folding table: code point -> folded code point (0: removed, e.g. combining accents).
// ASCII capitals are not in it (every backend lower-cases those itself).
const std::vector<std::pair<char32_t, char32_t>>& SearchFoldTable();

// The folded words of a text, in order.
std::vector<std::string> SearchWords(std::string_view text);

// A piece of text to show, marked when it is something the search found.
struct TextPart {
  std::string text;
  bool marked = false;
  bool operator==(const TextPart&) const = default;
};

// [{"text", "marked"}], as the API answers and the page template reads them (the template prints
// the text escaped and adds <mark> itself, so text typed by anyone can never become markup).
Json TextPartsJson(const std::vector<TextPart>& parts);

// All of `text` with the query's matches marked (for titles and names).
std::vector<TextPart> HighlightText(std::string_view text, const SearchQuery& query);

// Up to `max_words` words of `text` around its first match (the start when nothing matches),
// matches marked, runs of white space as one space, "…" where text was left out.
std::vector<TextPart> SnippetText(std::string_view text, const SearchQuery& query, size_t max_words = 30);

}  // namespace childrecord
