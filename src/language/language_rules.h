#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/result.h"
#include "core/string_hash.h"
#include "language/cue_set.h"
#include "language/language_entry.h"

namespace childrecord {

// The word lists compiled for matching: every form is split into words exactly as the checker
// splits text (TokenizeText), the words are numbered, and the forms become paths in a trie keyed
// by (node, word number). Checking a text then costs one hash look-up per word plus one per
// further word of a phrase that starts there.
//
// Immutable after Compile: share one instance (e.g. via std::shared_ptr<const LanguageRules>)
// between threads freely.
class LanguageRules {
 public:
  // Compiles the lists. Fails (Validation, field = the entry's source) when a sense rule names a
  // word no finding list has, when a form has no words,
  // holds punctuation between its words, or repeats a form another entry already has (two
  // acronym spellings that differ only in case are allowed: acronyms are case-sensitive).
  static Result<LanguageRules> Compile(LanguageData data);

  // Number of a word key (lower-cased as TextToken keys are), or kNoWord.
  static constexpr std::uint32_t kNoWord = 0xFFFFFFFF;
  std::uint32_t WordId(std::string_view key) const;

  // Trie navigation: the root is node 0; Next returns kNoNode when no form continues that way.
  static constexpr std::uint32_t kNoNode = 0xFFFFFFFF;
  std::uint32_t Next(std::uint32_t node, std::uint32_t word) const;

  // The forms ending at a node: entry index and form index within it.
  struct Terminal {
    std::uint32_t entry = 0;
    std::uint32_t form = 0;
  };
  const std::vector<Terminal>& TerminalsAt(std::uint32_t node) const { return terminals_[node]; }

  const LanguageEntry& entry(std::uint32_t index) const { return data_.entries[index]; }
  size_t entry_count() const { return data_.entries.size(); }
  // The words of a form as written (case kept), for case-sensitive matching.
  const std::vector<std::string>& FormWords(std::uint32_t entry, std::uint32_t form) const {
    return form_words_[entry][form];
  }

  // Key is a lower-cased word.
  bool IsCapsException(std::string_view key) const;
  bool IsCommonWord(std::string_view key) const;

  // Explanation cues (R35): after a term ("which means"), before it ("this is called").
  const CueSet& cues_after() const { return cues_after_; }
  const CueSet& cues_before() const { return cues_before_; }
  // Cues that open the next sentence ("this means").
  const CueSet& cues_next() const { return cues_next_; }

  // Balance cues (R33).
  const CueSet& balance_strengths() const { return balance_[0]; }
  const CueSet& balance_worries() const { return balance_[1]; }
  const CueSet& balance_speech() const { return balance_[2]; }
  const CueSet& balance_adults() const { return balance_[3]; }

  // A sense rule compiled: its words as lower-cased word keys.
  struct Sense {
    SenseWhere where = SenseWhere::kNear;
    int window = 1;
    std::vector<std::vector<std::string>> words;
  };
  // The sense rules of an entry (R33: the same word in another sense is not a finding).
  const std::vector<Sense>& SensesOf(std::uint32_t entry) const { return senses_[entry]; }

 private:
  using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

  LanguageData data_;
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> words_;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
  std::vector<std::vector<Terminal>> terminals_;
  std::vector<std::vector<std::vector<std::string>>> form_words_;
  StringSet caps_exceptions_;
  StringSet common_words_;
  CueSet cues_after_;
  CueSet cues_before_;
  CueSet cues_next_;
  std::vector<std::vector<Sense>> senses_;  // by entry
  CueSet balance_[4];
};

}  // namespace childrecord
