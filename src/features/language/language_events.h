#pragma once

namespace childrecord::events {

// R33: the words this family would like the record to use (words_we_use_rules.h
// BuildWordsWeUseSet): {child_id, words: [{term, preferred}]}, the whole list as it now is.
// Projected into `words_we_use` (language_events.cc).
inline constexpr char kWordsWeUseSet[] = "child.words_we_use_set";

}  // namespace childrecord::events
