#pragma once

#include <string>
#include <string_view>

namespace childrecord {

// Lower-cases UTF-8 text for matching names: ASCII, Latin-1, Latin Extended-A (Polish, Czech,
// Turkish, Welsh... letters), Greek and Cyrillic capitals. Other characters pass through
// unchanged, as do invalid bytes. Used for the stored search key and for queries alike, so the
// two always agree.
std::string FoldCase(std::string_view text);

}  // namespace childrecord
