#pragma once

#include <string>
#include <vector>

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

}  // namespace childrecord
