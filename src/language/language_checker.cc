#include "language/language_checker.h"

#include <algorithm>

#include "language/reading_age.h"
#include "language/text_tokens.h"

namespace childrecord {
namespace {

constexpr int kCueLookAhead = 8;
constexpr int kCueLookBehind = 4;
constexpr int kWordsBeforeBracketedTerm = 3;
// The next sentence explains a term when a "next" cue starts within its first words.
constexpr int kNextSentenceCueWords = 6;
// Numbered sections of an Act share one "explained" mark (no list entry has this index).
constexpr std::uint32_t kSectionEntry = 0xFFFFFFFE;

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Words that name a person: a sense rule looking back for what a word is about stops there
// ("the game made him aggressive" is about him, not the game).
bool IsPersonWord(std::string_view key) {
  static constexpr std::string_view kPeople[] = {"he", "she", "they", "i", "we", "you", "him", "them", "me", "us"};
  return std::find(std::begin(kPeople), std::end(kPeople), key) != std::end(kPeople);
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool HasLower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
bool HasUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string Quoted(std::string_view s) { return "\u201C" + std::string(s) + "\u201D"; }

struct CompiledPreferred {
  std::vector<std::string> keys;
  const PreferredWord* word = nullptr;
};

class Run {
 public:
  Run(const LanguageRules& rules, std::string_view text, const LanguageCheckOptions& options)
      : rules_(rules), text_(text), options_(options), tt_(TokenizeText(text)), toks_(tt_.tokens) {
    for (const auto& pw : options.preferred_words) {
      if (pw.term.empty() || pw.preferred.empty()) continue;
      TokenizedText t = TokenizeText(pw.term);
      CompiledPreferred cp;
      cp.word = &pw;
      for (const auto& tok : t.tokens) cp.keys.emplace_back(t.Key(tok));
      if (!cp.keys.empty()) preferred_.push_back(std::move(cp));
    }
  }

  LanguageReport Go() {
    const size_t n = toks_.size();
    ids_.resize(n);
    for (size_t i = 0; i < n; ++i) ids_[i] = rules_.WordId(tt_.Key(toks_[i]));

    size_t i = 0;
    while (i < n) {
      // The longest listed form starting here whose case rule holds.
      size_t best_len = 0;
      LanguageRules::Terminal best{};
      std::uint32_t node = 0;
      for (size_t j = i; j < n; ++j) {
        if (j > i && !toks_[j].joined_to_previous) break;
        if (ids_[j] == LanguageRules::kNoWord) break;
        node = rules_.Next(node, ids_[j]);
        if (node == LanguageRules::kNoNode) break;
        for (const auto& term : rules_.TerminalsAt(node)) {
          if (CaseHolds(term, i)) {
            best_len = j - i + 1;
            best = term;
            break;
          }
        }
      }
      // The longest of the record's preferred words starting here.
      size_t pref_len = 0;
      const PreferredWord* pref = nullptr;
      if (!preferred_.empty()) {
        for (const auto& cp : preferred_) {
          if (cp.keys.size() > pref_len && MatchesKeys(cp.keys, i)) {
            pref_len = cp.keys.size();
            pref = cp.word;
          }
        }
      }

      if (pref_len > 0 && pref_len >= best_len) {
        const LanguageEntry* entry = nullptr;
        if (best_len == pref_len && rules_.entry(best.entry).kind == LanguageEntryKind::kFinding) {
          entry = &rules_.entry(best.entry);
        }
        if (entry != nullptr) {
          EntryFinding(*entry, i, i + best_len, pref);
        } else {
          PreferredOnlyFinding(*pref, i, i + pref_len);
        }
        i += pref_len;
        continue;
      }
      if (best_len > 0) {
        const LanguageEntry& entry = rules_.entry(best.entry);
        if (entry.kind == LanguageEntryKind::kFinding && !OtherSense(best.entry, i, i + best_len)) {
          if (entry.category != LanguageCategory::kLegalTerm || !Explained(best.entry, i, i + best_len)) {
            EntryFinding(entry, i, i + best_len, FindPreferredFor(entry));
          }
        }
        i += best_len;
        continue;
      }
      if (size_t len = NumberedSection(i); len > 0) {
        if (!Explained(kSectionEntry, i, i + len)) SectionFinding(i, i + len);
        i += len;
        continue;
      }
      if (toks_[i].all_capitals) UnknownCapitals(i);
      ++i;
    }

    LanguageReport report;
    int syllables = 0;
    for (const auto& t : toks_) syllables += CountSyllables(tt_.Key(t));
    report.words = static_cast<int>(n);
    report.sentences = static_cast<int>(tt_.sentences.size());
    report.reading_age = ReadingAge(report.words, report.sentences, syllables);
    LongSentences();
    report.balance = CheckBalance(rules_, tt_, text_, options_);
    std::stable_sort(findings_.begin(), findings_.end(),
                     [](const LanguageFinding& a, const LanguageFinding& b) { return a.byte_start < b.byte_start; });
    report.findings = std::move(findings_);
    return report;
  }

 private:
  std::string_view Raw(const TextToken& t) const {
    std::string_view raw = text_.substr(t.byte_start, t.byte_end - t.byte_start);
    if (t.capitals_plural) raw.remove_suffix(1);
    return raw;
  }

  // Acronyms match as listed, or in capitals, or a lower-case listed abbreviation capitalised.
  bool CaseHolds(const LanguageRules::Terminal& term, size_t first) const {
    if (!rules_.entry(term.entry).case_sensitive) return true;
    const auto& words = rules_.FormWords(term.entry, term.form);
    for (size_t k = 0; k < words.size(); ++k) {
      std::string_view raw = Raw(toks_[first + k]);
      const std::string& form = words[k];
      if (raw == form || !HasLower(raw)) continue;
      if (TitleCaseAcronym(raw, form, first + k)) continue;
      if (!HasUpper(form) && !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z' && raw.substr(1) == form.substr(1)) {
        continue;
      }
      return false;
    }
    return true;
  }

  // R35: an acronym of four or more letters written as a name ("Senco", "Camhs") inside a
  // sentence. Not at a sentence's start, where "Send" or "Salt" are ordinary words.
  bool TitleCaseAcronym(std::string_view raw, const std::string& form, size_t k) const {
    if (form.size() < 4 || raw.size() != form.size() || k == tt_.sentences[toks_[k].sentence].first_token) return false;
    if (!(raw[0] >= 'A' && raw[0] <= 'Z') || HasUpper(raw.substr(1))) return false;
    if (rules_.IsCommonWord(tt_.Key(toks_[k]))) return false;
    return Lower(raw) == Lower(form);
  }

  bool MatchesKeys(const std::vector<std::string>& keys, size_t first) const {
    if (first + keys.size() > toks_.size()) return false;
    for (size_t k = 0; k < keys.size(); ++k) {
      const TextToken& t = toks_[first + k];
      if (k > 0 && !t.joined_to_previous) return false;
      if (tt_.Key(t) != keys[k]) return false;
    }
    return true;
  }

  // Same sentence, any punctuation in between (cues are compared word by word).
  bool CueAt(const std::vector<std::string>& cue, size_t first, size_t limit) const {
    if (first + cue.size() > limit) return false;
    for (size_t k = 0; k < cue.size(); ++k) {
      if (tt_.Key(toks_[first + k]) != cue[k]) return false;
    }
    return true;
  }

  bool Explained(std::uint32_t entry, size_t first, size_t end) {
    if (std::find(explained_.begin(), explained_.end(), entry) != explained_.end()) return true;
    bool explained = false;
    const TextSentence& s = tt_.sentences[toks_[first].sentence];
    // A bracket, colon or dash straight after the term.
    size_t b = toks_[end - 1].byte_end;
    while (b < text_.size() && (text_[b] == ' ' || text_[b] == '\t')) ++b;
    std::string_view rest = text_.substr(b);
    if (!rest.empty() && (rest[0] == '(' || rest[0] == ':' || rest.starts_with("\u2013") ||
                          rest.starts_with("\u2014") || rest.starts_with("- "))) {
      explained = true;
    }
    // "…, which means …" after it, in the same sentence.
    for (size_t k = end; !explained && k < std::min<size_t>(s.end_token, end + kCueLookAhead); ++k) {
      explained = rules_.cues_after().StartsAt(tt_, k, s.end_token);
    }
    // "… this is called a …" just before it.
    size_t from = first >= kCueLookBehind ? first - kCueLookBehind : 0;
    for (size_t k = std::max<size_t>(from, s.first_token); !explained && k < first; ++k) {
      explained = rules_.cues_before().StartsAt(tt_, k, first);
    }
    // "… a care order. This means the council …": the next sentence says what it means.
    if (!explained && toks_[first].sentence + 1 < tt_.sentences.size()) {
      const TextSentence& next = tt_.sentences[toks_[first].sentence + 1];
      size_t limit = std::min<size_t>(next.end_token, next.first_token + kNextSentenceCueWords);
      for (size_t k = next.first_token; !explained && k < limit; ++k) {
        explained = rules_.cues_next().StartsAt(tt_, k, next.end_token);
      }
    }
    // "(a special guardianship order)" after the plain words.
    if (!explained && toks_[first].in_brackets) {
      int plain = 0;
      for (size_t k = s.first_token; k < first; ++k) plain += toks_[k].in_brackets ? 0 : 1;
      explained = plain >= kWordsBeforeBracketedTerm;
    }
    if (explained) explained_.push_back(entry);
    return explained;
  }

  // A comma, semicolon, colon or bracket between two words ends a phrase for the sense rules.
  bool PhraseBreak(size_t a, size_t b) const {
    std::string_view between = text_.substr(toks_[a].byte_end, toks_[b].byte_start - toks_[a].byte_end);
    return between.find_first_of(",;:()") != std::string_view::npos;
  }

  // A capitalised word inside a sentence is taken to be a name.
  bool IsName(size_t k) const {
    const TextToken& t = toks_[k];
    char c = text_[t.byte_start];
    return k > tt_.sentences[t.sentence].first_token && c >= 'A' && c <= 'Z' && !t.all_capitals;
  }

  // R33: the listed word is used in another sense than the guidance means, as a sense rule of
  // senses.tsv tells from the words around it ("contact lenses", "the match kicked off").
  bool OtherSense(std::uint32_t entry, size_t first, size_t end) const {
    const auto& senses = rules_.SensesOf(entry);
    if (senses.empty()) return false;
    const TextSentence& s = tt_.sentences[toks_[first].sentence];
    auto cue_ends_at = [&](const std::vector<std::string>& cue, size_t last) {
      return last + 1 >= s.first_token + cue.size() && CueAt(cue, last + 1 - cue.size(), last + 1);
    };
    for (const auto& sense : senses) {
      const size_t window = static_cast<size_t>(sense.window);
      bool back = sense.where != SenseWhere::kAfter;
      bool ahead = sense.where != SenseWhere::kBefore;
      bool stops = sense.where != SenseWhere::kNear;
      for (size_t k = first; back && k > s.first_token && first - k < window; --k) {
        if (stops && (PhraseBreak(k - 1, k) || IsPersonWord(tt_.Key(toks_[k - 1])) || IsName(k - 1))) break;
        for (const auto& cue : sense.words) {
          if (cue_ends_at(cue, k - 1)) return true;
        }
      }
      for (size_t k = end; ahead && k < s.end_token && k - end < window; ++k) {
        if (stops && PhraseBreak(k - 1, k)) break;
        for (const auto& cue : sense.words) {
          if (CueAt(cue, k, s.end_token)) return true;
        }
      }
    }
    return false;
  }

  // R35: a numbered part of an Act no list names: "section 76", "s.31", "s. 8". Returns its
  // number of words, or 0.
  size_t NumberedSection(size_t i) const {
    std::string_view key = tt_.Key(toks_[i]);
    if (key.size() >= 2 && key[0] == 's' && (IsDigits(key.substr(1)) || (key[1] == '.' && IsDigits(key.substr(2))))) {
      return 1;
    }
    // "s. 8" may read as a sentence's end to the tokenizer, so the sentence is not compared here.
    if (i + 1 >= toks_.size()) return 0;
    std::string_view next = tt_.Key(toks_[i + 1]);
    std::string_view between = text_.substr(toks_[i].byte_end, toks_[i + 1].byte_start - toks_[i].byte_end);
    if (!IsDigits(next)) return 0;
    if (key == "section" && toks_[i + 1].joined_to_previous) return 2;
    if (key == "s" && (between == ". " || between == ".")) return 2;
    return 0;
  }

  void SectionFinding(size_t first, size_t end) {
    LanguageFinding& f = NewFinding(LanguageCategory::kLegalTerm, first, end);
    f.rule = "numbered_section";
    f.message = Quoted(f.text) + " is a numbered part of a law. Say in plain words what it means for the child.";
    f.suggestions = {"say what this part of the law means for the child and family"};
    NoteQuotation(f);
  }

  const PreferredWord* FindPreferredFor(const LanguageEntry& entry) const {
    for (const auto& cp : preferred_) {
      std::string term = Lower(cp.word->term);
      for (const auto& form : entry.forms) {
        if (Lower(form) == term) return cp.word;
      }
    }
    return nullptr;
  }

  LanguageFinding& NewFinding(LanguageCategory category, size_t first, size_t end) {
    LanguageFinding& f = findings_.emplace_back();
    f.category = category;
    const TextToken& a = toks_[first];
    const TextToken& z = toks_[end - 1];
    f.byte_start = a.byte_start;
    f.byte_end = z.byte_end;
    f.start = a.cp_start;
    f.end = z.cp_end;
    f.text = std::string(text_.substr(f.byte_start, f.byte_end - f.byte_start));
    f.in_quotation = tt_.InQuotation(a.byte_start);
    return f;
  }

  static void NoteQuotation(LanguageFinding& f) {
    if (!f.in_quotation) return;
    f.severity = LanguageSeverity::kAdvice;
    f.message =
        "These are someone\u2019s own words in quotation marks, so keep them as they were said. "
        "Noted only: " +
        f.message;
  }

  static void PutPreferredFirst(LanguageFinding& f, const PreferredWord* pref) {
    if (pref == nullptr) return;
    auto it = std::find(f.suggestions.begin(), f.suggestions.end(), pref->preferred);
    if (it != f.suggestions.end()) f.suggestions.erase(it);
    f.suggestions.insert(f.suggestions.begin(), pref->preferred);
    f.preferred = true;
    f.message += " On this record the family use " + Quoted(pref->preferred) + ".";
  }

  void EntryFinding(const LanguageEntry& entry, size_t first, size_t end, const PreferredWord* pref) {
    LanguageFinding& f = NewFinding(entry.category, first, end);
    f.rule = entry.forms.front();
    f.suggestions = entry.suggestions;
    const std::string q = Quoted(f.text);
    switch (entry.category) {
      case LanguageCategory::kAcronym:
        f.message = q + " is an abbreviation. Write it in full so the child and family can understand it.";
        break;
      case LanguageCategory::kLegalTerm:
        f.message = q +
                    " is a legal or professional term. Explain it in plain words, for example in brackets "
                    "straight after it.";
        break;
      case LanguageCategory::kUncaring:
        f.message = q + " can sound cold or blaming to the child and family. Try kinder, plainer words.";
        break;
      case LanguageCategory::kOffensive:
        f.severity = LanguageSeverity::kSerious;
        f.area = entry.note;
        f.message = q + " may offend (" + entry.note +
                    "). Do not use it unless you are quoting someone\u2019s "
                    "exact words.";
        break;
      case LanguageCategory::kReadability:
        break;
    }
    if (!entry.note.empty() && entry.category != LanguageCategory::kOffensive) f.message += " " + entry.note;
    PutPreferredFirst(f, pref);
    NoteQuotation(f);
  }

  void PreferredOnlyFinding(const PreferredWord& pref, size_t first, size_t end) {
    LanguageFinding& f = NewFinding(LanguageCategory::kUncaring, first, end);
    f.rule = Lower(pref.term);
    f.message = "This child and family have their own words for " + Quoted(f.text) + ".";
    PutPreferredFirst(f, &pref);
    NoteQuotation(f);
  }

  void UnknownCapitals(size_t i) {
    std::string_view key = tt_.Key(toks_[i]);
    if (rules_.IsCapsException(key) || rules_.IsCommonWord(key)) return;
    // A word shouted inside someone's quoted words ("it was the WORST") is emphasis: a word of
    // three or more letters with a vowel, in quotation marks, is not taken for an abbreviation.
    if (tt_.InQuotation(toks_[i].byte_start) && key.size() >= 3 &&
        key.find_first_of("aeiou") != std::string_view::npos) {
      return;
    }
    // Three or more words in capitals in a row read as a heading or emphasis, not abbreviations.
    int run = 1;
    for (size_t k = i; k > 0 && run < 3; --k) {
      const TextToken& t = toks_[k - 1];
      if (!t.all_capitals || t.sentence != toks_[i].sentence) break;
      ++run;
    }
    for (size_t k = i + 1; k < toks_.size() && run < 3; ++k) {
      const TextToken& t = toks_[k];
      if (!t.all_capitals || t.sentence != toks_[i].sentence) break;
      ++run;
    }
    if (run >= 3) return;
    LanguageFinding& f = NewFinding(LanguageCategory::kAcronym, i, i + 1);
    f.rule = "unknown_capitals";
    f.message = Quoted(f.text) + " looks like an abbreviation. Write it in full, or explain what it means.";
    NoteQuotation(f);
  }

  void LongSentences() {
    for (const auto& s : tt_.sentences) {
      int words = static_cast<int>(s.end_token - s.first_token);
      if (words <= options_.long_sentence_words) continue;
      LanguageFinding f;
      f.category = LanguageCategory::kReadability;
      f.rule = "long_sentence";
      f.byte_start = s.byte_start;
      f.byte_end = s.byte_end;
      f.start = s.cp_start;
      f.end = s.cp_end;
      f.text = std::string(text_.substr(s.byte_start, s.byte_end - s.byte_start));
      f.in_quotation = tt_.InQuotation(s.byte_start) && tt_.InQuotation(s.byte_end - 1);
      f.message = "This sentence has " + std::to_string(words) + " words. Sentences of fewer than " +
                  std::to_string(options_.long_sentence_words) + " words are easier to read; try splitting it.";
      f.suggestions = {"Split it into two or more shorter sentences"};
      NoteQuotation(f);
      findings_.push_back(std::move(f));
    }
  }

  const LanguageRules& rules_;
  std::string_view text_;
  const LanguageCheckOptions& options_;
  TokenizedText tt_;
  const std::vector<TextToken>& toks_;
  std::vector<std::uint32_t> ids_;
  std::vector<CompiledPreferred> preferred_;
  std::vector<std::uint32_t> explained_;
  std::vector<LanguageFinding> findings_;
};

}  // namespace

bool NeedsConfirmation(const LanguageReport& report) {
  return std::any_of(report.findings.begin(), report.findings.end(),
                     [](const LanguageFinding& f) { return f.severity == LanguageSeverity::kSerious; });
}

LanguageReport LanguageChecker::Check(std::string_view text, const LanguageCheckOptions& options) const {
  return Run(*rules_, text, options).Go();
}

}  // namespace childrecord
