#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/canonical_json.h"
#include "core/result.h"

namespace childrecord {

// R33: "Practitioners should use the family's language and should ask children and families
// which words and language they would like to be used." One preference: where a record would
// say `term`, this family says `preferred` ("contact" -> "family time"; "foster carer" ->
// "Nana Sue").
struct WordWeUse {
  std::string term;
  std::string preferred;
};

inline constexpr size_t kMaxWordsWeUse = 50;
inline constexpr size_t kMaxWordLength = 100;

// Reads the form's text: one preference a line, "term = preferred" (blank lines ignored).
// Errors name the field "words" and the line.
Result<std::vector<WordWeUse>> ParseWordsWeUseLines(std::string_view text);
// The inverse, for showing the form again.
std::string FormatWordsWeUseLines(const std::vector<WordWeUse>& words);

// Validates a list (non-empty parts, lengths, at most kMaxWordsWeUse, no term twice, ignoring
// case) and builds the child.words_we_use_set payload.
Result<Json> BuildWordsWeUseSet(const std::vector<WordWeUse>& words, const std::string& child_id);

// The list from its stored JSON form ([{"term","preferred"}...]); malformed text gives none.
std::vector<WordWeUse> WordsWeUseFromJson(const Json& list);
Json WordsWeUseToJson(const std::vector<WordWeUse>& words);

}  // namespace childrecord
