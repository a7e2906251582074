#include "language/cue_set.h"

#include <utility>

namespace childrecord {

void CueSet::Add(std::vector<std::string> words) {
  if (words.empty()) return;
  by_first_word_[words.front()].push_back(static_cast<std::uint32_t>(cues_.size()));
  cues_.push_back(std::move(words));
}

bool CueSet::StartsAt(const TokenizedText& text, size_t first, size_t limit) const {
  if (first >= limit || first >= text.tokens.size()) return false;
  auto found = by_first_word_.find(text.Key(text.tokens[first]));
  if (found == by_first_word_.end()) return false;
  for (std::uint32_t index : found->second) {
    const std::vector<std::string>& cue = cues_[index];
    if (first + cue.size() > limit || first + cue.size() > text.tokens.size()) continue;
    size_t k = 1;
    while (k < cue.size() && text.Key(text.tokens[first + k]) == cue[k]) ++k;
    if (k == cue.size()) return true;
  }
  return false;
}

}  // namespace childrecord
