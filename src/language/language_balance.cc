#include "language/language_balance.h"

#include <algorithm>

#include "language/language_checker.h"
#include "language/language_rules.h"

namespace childrecord {
namespace {

// True when one of the cues starts at a word in [first, end) of the text, not inside a quotation
// when `outside_quotes` (someone's own words do not count as the writer's strengths or worries).
bool AnyCue(const TokenizedText& t, const CueSet& cues, size_t first, size_t end, bool outside_quotes) {
  for (size_t k = first; k < end; ++k) {
    if (outside_quotes && t.InQuotation(t.tokens[k].byte_start)) continue;
    if (cues.StartsAt(t, k, end)) return true;
  }
  return false;
}

// A quotation is the child's when a sentence it touches (its words outside the quotation marks)
// says who spoke ("said") and names the child or names no adult.
bool ChildQuoted(const LanguageRules& rules, const TokenizedText& t, const LanguageCheckOptions& options) {
  CueSet names;
  for (const auto& name : options.child_names) {
    TokenizedText n = TokenizeText(name);
    for (const auto& tok : n.tokens) names.Add({std::string(n.Key(tok))});
  }
  for (const QuotationSpan& q : t.quotations) {
    for (const TextSentence& s : t.sentences) {
      if (s.byte_end <= q.byte_start || s.byte_start >= q.byte_end) continue;
      bool speech = false;
      bool named = false;
      bool adult = false;
      for (size_t k = s.first_token; k < s.end_token; ++k) {
        if (t.InQuotation(t.tokens[k].byte_start)) continue;
        speech = speech || rules.balance_speech().StartsAt(t, k, s.end_token);
        named = named || names.StartsAt(t, k, s.end_token);
        adult = adult || rules.balance_adults().StartsAt(t, k, s.end_token);
      }
      if (speech && (named || !adult)) return true;
    }
  }
  return false;
}

}  // namespace

LanguageBalance CheckBalance(const LanguageRules& rules, const TokenizedText& text, std::string_view,
                             const LanguageCheckOptions& options) {
  LanguageBalance b;
  const size_t n = text.tokens.size();
  b.strengths = AnyCue(text, rules.balance_strengths(), 0, n, true);
  b.worries = AnyCue(text, rules.balance_worries(), 0, n, true);
  b.child_seen = options.child_seen;
  b.child_words = ChildQuoted(rules, text, options);
  if (b.worries && !b.strengths) {
    b.prompts.push_back(
        "This entry says what is worrying. Is there something going well for the child that you "
        "could write about too?");
  }
  if (b.child_seen && !b.child_words) {
    b.prompts.push_back(
        "The child was seen. Could you add something they said, in their own words and in "
        "quotation marks?");
  }
  return b;
}

}  // namespace childrecord
