#pragma once

#include <string>
#include <vector>

#include "store/sql_like.h"

namespace childrecord {

// children.restricted_to holds the ids of the people a restricted record is open to, each between
// spaces (" id1 id2 ", written by the child.access_restricted projection,
// features/restriction/restriction_events.cc) so "is this user named" is one LIKE.
// The ids, in order. Pure.
inline std::vector<std::string> RestrictedToIds(const std::string& text) {
  std::vector<std::string> ids;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) ids.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return ids;
}

// "Restricted records are not there for anyone not named on them": the condition on a children
// table aliased `c`, with one parameter, RestrictedToPattern(viewer_id).
inline constexpr char kVisibleToViewerSql[] = "(c.restricted = 0 OR c.restricted_to LIKE ? ESCAPE '\\')";

// The LIKE pattern for kVisibleToViewerSql: `viewer_id` between spaces anywhere in restricted_to;
// with no viewer a pattern no list matches, so restricted records are always left out.
inline std::string RestrictedToPattern(const std::string& viewer_id) {
  return viewer_id.empty() ? std::string("-") : "% " + EscapeLike(viewer_id) + " %";
}

}  // namespace childrecord
