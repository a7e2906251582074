#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace childrecord {

// What kind of language a finding is about (SPEC §6 spells these in the API).
//   kAcronym      R35: an acronym or abbreviation (listed, or unknown words in capitals)
//   kLegalTerm    R35: a legal or professional term used without a plain explanation
//   kUncaring     R33: a cold or blaming phrase with a kinder alternative
//   kOffensive    R34: an expression that may offend on race, culture, class, religion, age,
//                 disability or sexual orientation
//   kReadability  R33: a very long sentence
enum class LanguageCategory : std::uint8_t { kAcronym, kLegalTerm, kUncaring, kOffensive, kReadability };

// "acronym", "legal_term", "uncaring", "offensive", "readability".
std::string_view LanguageCategoryName(LanguageCategory category);

// kSerious findings (offensive expressions outside quotations) need an explicit, recorded
// confirmation before saving; kAdvice findings are warnings only.
enum class LanguageSeverity : std::uint8_t { kAdvice, kSerious };

// "advice", "serious".
std::string_view LanguageSeverityName(LanguageSeverity severity);

// What a list entry is for when it is not a finding of its own.
enum class LanguageEntryKind : std::uint8_t {
  kFinding,  // matched text becomes a finding of `category`
  kAllowed,  // matched text is known to be fine ("contact details"); it hides shorter matches
};

// One entry of a word list, as read from data/language/ (src/data/language_data.h).
// A plain value type; copying is fine.
struct LanguageEntry {
  LanguageEntryKind kind = LanguageEntryKind::kFinding;
  LanguageCategory category = LanguageCategory::kUncaring;
  // The spellings matched, already brace-expanded (see ExpandForms). Each form is one or more
  // words separated by spaces or hyphens; matching is on whole words only.
  std::vector<std::string> forms;
  // Acronym entries are case-sensitive (see LanguageRules); all others ignore case.
  bool case_sensitive = false;
  // Kinder alternatives, expansions or the plain explanation, best first.
  std::vector<std::string> suggestions;
  // Free text added to the message; for offensive entries, the area of R34 (e.g. "race").
  std::string note;
  // Where the entry came from, for error messages ("uncaring.tsv line 12").
  std::string source;
};

// Where a sense rule looks for its words, relative to the listed phrase (R33: a word is only a
// finding in the sense the guidance means — "contact" about seeing family, not "contact lenses").
enum class SenseWhere : std::uint8_t {
  kBefore,  // within `window` words before it, back to the nearest person word or comma
  kAfter,   // within `window` words after it, up to the next comma
  kNear,    // within `window` words either side, in the same sentence
};

// A rule of senses.tsv: when one of `words` is found where the rule says, the listed phrase
// `term` (any spelling of its entry) is used in another sense and is not a finding.
struct SenseRule {
  std::string term;
  SenseWhere where = SenseWhere::kNear;
  int window = 1;
  std::vector<std::string> words;  // brace-expanded phrases
  std::string source;              // "senses.tsv line 12"
};

// Everything the checker knows, before compilation into LanguageRules.
struct LanguageData {
  std::vector<LanguageEntry> entries;
  // Words written in capitals that are never reported as unknown abbreviations ("OK", "TV").
  std::vector<std::string> caps_exceptions;
  // Common English words: written in capitals (a heading, emphasis) they are not abbreviations.
  std::vector<std::string> common_words;
  // Phrases that, following a legal term in the same sentence, mean it is being explained
  // ("which means"); and phrases that, just before it, mean it was ("this is called").
  std::vector<std::string> explanation_cues_after;
  std::vector<std::string> explanation_cues_before;
  // Rules that tell another sense of a listed word by the words around it.
  std::vector<SenseRule> senses;
  // Words that, at the start of the next sentence, mean it explains the term before ("This means").
  std::vector<std::string> explanation_cues_next;
  // Balance cues (R33, balance_cues.tsv): going well, worrying, who spoke, an adult speaker.
  std::vector<std::string> balance_strengths;
  std::vector<std::string> balance_worries;
  std::vector<std::string> balance_speech;
  std::vector<std::string> balance_adults;
};

// Expands a list pattern into its spellings: alternatives separated by '|' and brace groups
// "{a,b,}" expanded as a product, e.g. "abscond{,s,ed,ing}" gives abscond, absconds, absconded,
// absconding and "refuse{s,d} to engage|refusing to engage" gives three forms. Spaces around
// '|' are trimmed. Fails (Validation, field "forms") on an empty form, unbalanced or nested
// braces. Pure; thread-safe.
Result<std::vector<std::string>> ExpandForms(std::string_view pattern);

// The areas of R34 an offensive entry's note must name.
bool IsOffensiveArea(std::string_view area);

}  // namespace childrecord
