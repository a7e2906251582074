#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "language/text_tokens.h"

namespace childrecord {

class LanguageRules;
struct LanguageCheckOptions;

// R33 for a whole entry: "worries balanced with strengths; the family's own words". Shown as
// gentle prompts beside the text, never as errors or findings.
struct LanguageBalance {
  bool strengths = false;    // says something is going well (a "strength" cue of balance_cues.tsv)
  bool worries = false;      // says something is a worry (a "worry" cue)
  bool child_seen = false;   // the caller said the child was seen (a visit): their words are looked for
  bool child_words = false;  // a quotation attributed to the child (see CheckBalance)
  // Gentle prompts in the reader's words, empty when the entry is balanced.
  std::vector<std::string> prompts;
};

// Looks at the whole text. A quotation is the child's when its sentence holds a "speech" cue
// ("said") and either one of options.child_names or no "adult" cue ("Mum said …" is Mum's).
// Pure; thread-safe.
LanguageBalance CheckBalance(const LanguageRules& rules, const TokenizedText& text, std::string_view raw,
                             const LanguageCheckOptions& options);

}  // namespace childrecord
