#pragma once

#include <string>

namespace childrecord {

// `text` as a literal inside a LIKE pattern written with `ESCAPE '\'`: its `%`, `_` and `\` match
// only themselves. Both backends read the same pattern.
inline std::string EscapeLike(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace childrecord
