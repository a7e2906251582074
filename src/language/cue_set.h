#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.h"
#include "language/text_tokens.h"

namespace childrecord {

// A list of cues (short phrases such as "told me" or "this means", each as its lower-cased words)
// looked up by their first word, so that asking whether any of them starts at a word of a text
// costs one hash look-up rather than a comparison with every cue: the balance lists (R33) hold
// hundreds, and every word of an entry is asked.
//
// Immutable once built; safe to share between threads for reading.
class CueSet {
 public:
  // Adds a cue; one with no words is ignored.
  void Add(std::vector<std::string> words);

  // True when a cue's words are the text's keys from token `first` on, all before token `limit`
  // (cues are compared word by word, whatever punctuation lies between).
  bool StartsAt(const TokenizedText& text, size_t first, size_t limit) const;

  size_t size() const { return cues_.size(); }

 private:
  std::vector<std::vector<std::string>> cues_;
  // Each first word's cues, as indexes into cues_.
  std::unordered_map<std::string, std::vector<std::uint32_t>, StringHash, std::equal_to<>> by_first_word_;
};

}  // namespace childrecord
