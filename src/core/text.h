#pragma once

#include <string>
#include <string_view>

namespace childrecord {

// Lower-cases UTF-8 text for matching names: ASCII, Latin-1, Latin Extended-A (Polish, Czech,
// Turkish, Welsh... letters), Greek and Cyrillic capitals. Other characters pass through
// unchanged, as do invalid bytes. Used for the stored search key and for queries alike, so the
// two always agree.
std::string FoldCase(std::string_view text);

// How many characters (Unicode code points) `text` holds: each well-formed UTF-8 sequence counts
// one, and so does each byte that is not part of one, so a count never exceeds the bytes. The one
// count of characters: password lengths (NCSC: at least 12 characters, not bytes) and the search's
// limits use it, so "12 characters" means the same everywhere.
size_t CountCharacters(std::string_view text);

// True when `text` is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool IsValidUtf8(std::string_view text);

// The first control character in `text` (a valid UTF-8 string): C0 controls U+0000-U+001F, DEL
// and the C1 controls U+0080-U+009F, except those listed in `allowed` (e.g. "\t\r\n" for text
// typed into a text area). Returns the byte offset, or npos when there is none. Such characters
// are never meaningful in what a person types, and in a header or a link they are an attack.
size_t FindControlCharacter(std::string_view text, std::string_view allowed = {});

}  // namespace childrecord
