#pragma once

#include <filesystem>
#include <memory>
#include <string_view>

#include "core/result.h"
#include "language/language_entry.h"
#include "language/language_rules.h"

namespace childrecord {

// The files of data/language/ (formats in data/language/README.md).
enum class LanguageFileKind {
  kAcronyms,          // acronyms.tsv        forms TAB expansions [TAB note]   (case-sensitive)
  kLegalTerms,        // legal_terms.tsv     forms TAB explanation [TAB note]
  kUncaring,          // uncaring.tsv        forms TAB alternatives [TAB note]
  kOffensive,         // offensive.tsv       forms TAB alternatives (may be empty) TAB area
  kAllowedPhrases,    // allowed_phrases.txt one pattern a line
  kCapsExceptions,    // caps_exceptions.txt words separated by spaces or lines
  kCommonWords,       // common_words.txt    words separated by spaces or lines
  kExplanationCues,   // explanation_cues.tsv  after|before|next TAB phrase
  kSenses,            // senses.tsv          term TAB before|after|near N TAB words
  kBalanceCues,       // balance_cues.tsv    strength|worry|speech|adult TAB words
};

// Parses one file's text into `into` (appending). Lines: UTF-8 (a leading byte-order mark and
// CRLF line ends are accepted); blank lines and lines starting with # are skipped. Fails with a
// Validation error whose field is `file_name` and whose message names the file and line
// ("uncaring.tsv line 12: …"). Pure; thread-safe for distinct `into`.
Status ParseLanguageFile(LanguageFileKind kind, std::string_view file_name, std::string_view content,
                         LanguageData& into);

// Reads every file of the directory (acronyms.tsv, legal_terms.tsv, uncaring.tsv and
// offensive.tsv are required; the others optional). Fails with the file and line of a
// malformed line, or names a missing or unreadable file. Blocking file I/O; thread-safe.
Result<LanguageData> ReadLanguageData(const std::filesystem::path& directory);

// ReadLanguageData then LanguageRules::Compile: what the server does at start (and on reload).
// The result is immutable and may be shared between threads.
Result<std::shared_ptr<const LanguageRules>> LoadLanguageRules(const std::filesystem::path& directory);

}  // namespace childrecord
