#pragma once

#include <string>
#include <vector>

#include "record/read_models.h"
#include "record/search_text.h"

namespace childrecord {

// A full-text search hit as shown (issue 4 item 11): the store's hit with the words it matched
// marked. Parts are plain text; whoever renders them escapes each part and only then marks it.
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
