#pragma once

#include <string>

namespace childrecord {

// The `next` of a page of results: two keys (the last row's sort key and id) joined by a unit
// separator and hex-encoded, so that clients treat it as opaque. Pure functions.
std::string MakeCursor(const std::string& key, const std::string& id);
// False when `cursor` is not one MakeCursor made; `key` and `id` are then unspecified.
bool ParseCursor(const std::string& cursor, std::string& key, std::string& id);

}  // namespace childrecord
