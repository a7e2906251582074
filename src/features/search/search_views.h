#pragma once

#include <string>
#include <vector>

#include "features/search/search_rules.h"

namespace childrecord {

// Full-text search of entries and names: what the repository finds and what the
// service returns.

// Whose entries a search may show; the service derives it from the access table (GrantFor).
struct SearchScope {
  std::string viewer_id;  // restricted records are found only when this user is named on them
  enum class Entries { kNone, kCaseload, kAll } entries = Entries::kNone;
  std::string team_id;  // the viewer's team, for kCaseload ("" when in none)
};

// One hit: a child whose name matched (entry_id empty), or an entry. The record's access facts
// come with it so that each hit is checked again against the access rules before it is shown.
struct SearchHit {
  std::string child_id;
  std::string child_name;
  std::string team_id;
  std::string allocated_worker_id;
  bool restricted = false;
  std::vector<std::string> named_user_ids;
  // Entry hits only:
  std::string entry_id;
  std::string kind;
  std::string occurred_at;
  std::string title;
  std::string body;
  bool late = false;
  bool significant = false;
};

// A hit as shown: the repository's hit with the words it matched marked. Parts are plain text;
// whoever renders them escapes each part and only then marks it.
struct SearchResult {
  SearchHit hit;
  bool reason_required = false;  // a name hit on a record the reader may not open without a reason
  std::vector<TextPart> name;      // the child's name, matches marked
  std::vector<TextPart> title;     // entry hits: the title, matches marked
  std::vector<TextPart> snippet;   // entry hits: words of the body around the first match
};

struct SearchResults {
  std::vector<SearchResult> items;
  std::string next;  // cursor of the following page, or ""
};

}  // namespace childrecord
