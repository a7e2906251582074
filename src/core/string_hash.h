#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace childrecord {

// A hash for unordered containers keyed by std::string that may be searched with a
// std::string_view (with std::equal_to<>), so a look-up by a token's key makes no string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace childrecord
