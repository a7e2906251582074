#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "language/language_balance.h"
#include "language/language_entry.h"
#include "language/language_rules.h"

namespace childrecord {

// A term the record's family or child prefer (R33, "words we use"): where `term` appears, or a
// finding's listed word is `term`, `preferred` is suggested first. E.g. {"contact", "family
// time"}, {"foster carer", "Nana Sue"}.
struct PreferredWord {
  std::string term;
  std::string preferred;
};

struct LanguageCheckOptions {
  std::vector<PreferredWord> preferred_words;
  // A sentence with more words than this gets a readability finding.
  int long_sentence_words = 30;
  // R33 balance: the child was seen (a visit), so their own words are looked for; the names
  // that mean a quotation is theirs ("Amy said …").
  bool child_seen = false;
  std::vector<std::string> child_names;
};

// One thing the checker found. Offsets are [start, end) into the checked text: `start`/`end` in
// Unicode code points, `byte_start`/`byte_end` in UTF-8 bytes.
struct LanguageFinding {
  LanguageCategory category = LanguageCategory::kUncaring;
  LanguageSeverity severity = LanguageSeverity::kAdvice;
  std::string text;                      // the words found, as written
  std::string message;                   // plain words for the practitioner
  std::vector<std::string> suggestions;  // best first; the record's preferred words lead
  // A stable name of the rule, for counting the most frequent findings: the listed spelling
  // ("contact", "LAC"), "unknown_capitals" or "long_sentence".
  std::string rule;
  std::string area;           // offensive findings: the area of R34 ("race", "disability", …)
  bool in_quotation = false;  // inside quotation marks: someone's own words, noted only (R33)
  bool preferred = false;     // the first suggestion is one of the record's words we use
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t byte_start = 0;
  std::uint32_t byte_end = 0;
};

struct LanguageReport {
  std::vector<LanguageFinding> findings;  // ordered by start
  int reading_age = 0;                    // see ReadingAge; 0 for a text with no words
  int words = 0;
  int sentences = 0;
  LanguageBalance balance;  // R33: strengths as well as worries; the child's own words
};

// True when a finding needs an explicit confirmation before saving (an offensive expression
// outside a quotation).
bool NeedsConfirmation(const LanguageReport& report);

// Checks text against the compiled lists (SPEC §6, R33–R35).
//
// Rules, in the order applied at each word (leftmost, then longest match wins):
// - Listed phrases match whole words only, never parts of words ("contacted", "placements" do
//   not match "contact", "place"); words may be joined by spaces or hyphens. Acronyms match as
//   listed, or written wholly in capitals ("CiC" also matches "CIC", "PEPs"); other lists ignore
//   case. An allowed phrase ("contact details") hides the shorter matches inside it.
// - A word of two or more capital letters that no list knows is an acronym finding
//   ("unknown_capitals") unless it is a caps exception ("OK"), a common English word in
//   capitals ("HOME"), or one of three or more capitalised words in a row (a heading).
// - A legal term is not flagged when explained: followed straight away by "(", ":" or a dash;
//   followed within the sentence (up to 8 words on) by an "after" cue ("which means");
//   preceded just before (up to 4 words back) by a "before" cue ("this is called"); or inside
//   brackets after three or more words of the same sentence. Once explained, later uses in the
//   same text are not flagged.
// - Findings inside quotation marks (TokenizeText) are kept but marked in_quotation, with a
//   message that these are someone's own words; offensive ones are then advice, not serious.
// - A sentence longer than options.long_sentence_words words gets a readability finding.
//
// Invalid UTF-8 is tolerated (an invalid byte counts as one character). Texts must be shorter
// than 4 GiB. Thread-safe: Check is const and the rules are immutable; a LanguageChecker may be
// shared between threads.
class LanguageChecker {
 public:
  explicit LanguageChecker(std::shared_ptr<const LanguageRules> rules) : rules_(std::move(rules)) {}

  LanguageReport Check(std::string_view text, const LanguageCheckOptions& options = {}) const;

  const LanguageRules& rules() const { return *rules_; }

 private:
  std::shared_ptr<const LanguageRules> rules_;
};

}  // namespace childrecord
