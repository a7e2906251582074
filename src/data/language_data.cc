#include "data/language_data.h"

#include <array>
#include <fstream>
#include <sstream>

namespace childrecord {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.push_back(Trim(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  while (cols.size() > 1 && cols.back().empty()) cols.pop_back();  // trailing tabs
  return cols;
}

std::vector<std::string> SplitBars(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t bar = s.find('|', start);
    std::string_view part = Trim(s.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
    if (!part.empty() && part != "-") out.emplace_back(part);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

struct FileSpec {
  LanguageFileKind kind;
  std::string_view name;
  bool required;
};

constexpr std::array<FileSpec, 10> kFiles = {{
    {LanguageFileKind::kAcronyms, "acronyms.tsv", true},
    {LanguageFileKind::kLegalTerms, "legal_terms.tsv", true},
    {LanguageFileKind::kUncaring, "uncaring.tsv", true},
    {LanguageFileKind::kOffensive, "offensive.tsv", true},
    {LanguageFileKind::kAllowedPhrases, "allowed_phrases.txt", false},
    {LanguageFileKind::kCapsExceptions, "caps_exceptions.txt", false},
    {LanguageFileKind::kCommonWords, "common_words.txt", false},
    {LanguageFileKind::kExplanationCues, "explanation_cues.tsv", false},
    {LanguageFileKind::kSenses, "senses.tsv", false},
    {LanguageFileKind::kBalanceCues, "balance_cues.tsv", false},
}};

// "before 3", "after 1", "near 5": where a sense rule looks, and how many words.
bool ParseWhere(std::string_view col, SenseRule& rule) {
  size_t space = col.find(' ');
  if (space == std::string_view::npos) return false;
  std::string_view where = col.substr(0, space);
  std::string_view n = Trim(col.substr(space + 1));
  if (where == "before") {
    rule.where = SenseWhere::kBefore;
  } else if (where == "after") {
    rule.where = SenseWhere::kAfter;
  } else if (where == "near") {
    rule.where = SenseWhere::kNear;
  } else {
    return false;
  }
  if (n.empty() || n.size() > 2) return false;
  int window = 0;
  for (char c : n) {
    if (c < '0' || c > '9') return false;
    window = window * 10 + (c - '0');
  }
  rule.window = window;
  return window >= 1 && window <= 12;
}

Status ParseEntryLine(LanguageFileKind kind, const std::string& where, std::string_view line, LanguageData& into) {
  auto fail = [&](const std::string& why) { return Error::Validation("", where + ": " + why); };
  std::vector<std::string_view> cols = SplitTabs(line);
  if (cols.size() > 3) return fail("expected at most 3 columns separated by tabs, found " + std::to_string(cols.size()));
  LanguageEntry entry;
  entry.source = where;
  switch (kind) {
    case LanguageFileKind::kAcronyms:
      entry.category = LanguageCategory::kAcronym;
      entry.case_sensitive = true;
      break;
    case LanguageFileKind::kLegalTerms: entry.category = LanguageCategory::kLegalTerm; break;
    case LanguageFileKind::kUncaring: entry.category = LanguageCategory::kUncaring; break;
    default: entry.category = LanguageCategory::kOffensive; break;
  }
  auto forms = ExpandForms(cols[0]);
  if (!forms.ok()) return fail(forms.error().message);
  entry.forms = std::move(forms).value();
  if (cols.size() >= 2) entry.suggestions = SplitBars(cols[1]);
  if (cols.size() >= 3) entry.note = std::string(cols[2]);
  if (kind == LanguageFileKind::kOffensive) {
    if (!IsOffensiveArea(entry.note)) {
      return fail("the third column must name the area: race, culture, class, religion, age, disability, "
                  "sexual orientation or gender identity");
    }
  } else if (entry.suggestions.empty()) {
    return fail(kind == LanguageFileKind::kAcronyms     ? "the second column must give what the abbreviation stands for"
                : kind == LanguageFileKind::kLegalTerms ? "the second column must give a plain explanation"
                                                        : "the second column must give a kinder alternative");
  }
  into.entries.push_back(std::move(entry));
  return Status::Ok();
}

}  // namespace

Status ParseLanguageFile(LanguageFileKind kind, std::string_view file_name, std::string_view content,
                         LanguageData& into) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);
  size_t line_no = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view raw = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    ++line_no;
    std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    std::string where = std::string(file_name) + " line " + std::to_string(line_no);
    auto fail = [&](const std::string& why) {
      return Status(Error::Validation(std::string(file_name), where + ": " + why));
    };
    switch (kind) {
      case LanguageFileKind::kAcronyms:
      case LanguageFileKind::kLegalTerms:
      case LanguageFileKind::kUncaring:
      case LanguageFileKind::kOffensive: {
        Status s = ParseEntryLine(kind, where, line, into);
        if (!s.ok()) return Error::Validation(std::string(file_name), s.error().message);
        break;
      }
      case LanguageFileKind::kAllowedPhrases: {
        if (line.find('\t') != std::string_view::npos) return fail("expected one phrase a line, without tabs");
        auto forms = ExpandForms(line);
        if (!forms.ok()) return fail(forms.error().message);
        LanguageEntry entry;
        entry.kind = LanguageEntryKind::kAllowed;
        entry.forms = std::move(forms).value();
        entry.source = where;
        into.entries.push_back(std::move(entry));
        break;
      }
      case LanguageFileKind::kCapsExceptions:
      case LanguageFileKind::kCommonWords: {
        auto& list = kind == LanguageFileKind::kCapsExceptions ? into.caps_exceptions : into.common_words;
        std::istringstream words{std::string(line)};
        std::string w;
        while (words >> w) list.push_back(w);
        break;
      }
      case LanguageFileKind::kExplanationCues: {
        std::vector<std::string_view> cols = SplitTabs(line);
        if (cols.size() != 2 || cols[1].empty()) return fail("expected: after or before, a tab, then the phrase");
        if (cols[0] == "after") {
          into.explanation_cues_after.emplace_back(cols[1]);
        } else if (cols[0] == "next") {
          into.explanation_cues_next.emplace_back(cols[1]);
        } else if (cols[0] == "before") {
          into.explanation_cues_before.emplace_back(cols[1]);
        } else {
          return fail("the first column must be \"after\", \"before\" or \"next\"");
        }
        break;
      }
      case LanguageFileKind::kBalanceCues: {
        std::vector<std::string_view> cols = SplitTabs(line);
        if (cols.size() != 2 || cols[1].empty()) return fail("expected: strength, worry, speech or adult, a tab, the words");
        std::vector<std::string>* list = cols[0] == "strength" ? &into.balance_strengths
                                         : cols[0] == "worry"  ? &into.balance_worries
                                         : cols[0] == "speech" ? &into.balance_speech
                                         : cols[0] == "adult"  ? &into.balance_adults
                                                               : nullptr;
        if (list == nullptr) return fail("the first column must be strength, worry, speech or adult");
        auto words = ExpandForms(cols[1]);
        if (!words.ok()) return fail(words.error().message);
        for (auto& w : words.value()) list->push_back(std::move(w));
        break;
      }
      case LanguageFileKind::kSenses: {
        std::vector<std::string_view> cols = SplitTabs(line);
        SenseRule rule;
        rule.source = where;
        if (cols.size() != 3 || cols[0].empty() || cols[2].empty()) {
          return fail("expected: the listed word, a tab, before/after/near and a number of words, a tab, the words");
        }
        if (!ParseWhere(cols[1], rule)) {
          return fail("the second column must be \"before\", \"after\" or \"near\" and a number of words from 1 to 12");
        }
        // Any one spelling finds the entry; the first is used ("placement{,s}" -> "placement").
        auto terms = ExpandForms(cols[0]);
        if (!terms.ok()) return fail(terms.error().message);
        rule.term = terms.value().front();
        auto words = ExpandForms(cols[2]);
        if (!words.ok()) return fail(words.error().message);
        rule.words = std::move(words).value();
        into.senses.push_back(std::move(rule));
        break;
      }
    }
  }
  return Status::Ok();
}

Result<LanguageData> ReadLanguageData(const std::filesystem::path& directory) {
  LanguageData data;
  for (const auto& spec : kFiles) {
    std::filesystem::path path = directory / spec.name;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      if (!spec.required) continue;
      return Error::Validation(std::string(spec.name), "cannot read " + path.string());
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return Error::Validation(std::string(spec.name), "cannot read " + path.string());
    CR_RETURN_IF_ERROR(ParseLanguageFile(spec.kind, spec.name, buffer.str(), data));
  }
  return data;
}

Result<std::shared_ptr<const LanguageRules>> LoadLanguageRules(const std::filesystem::path& directory) {
  CR_ASSIGN_OR_RETURN(LanguageData data, ReadLanguageData(directory));
  CR_ASSIGN_OR_RETURN(LanguageRules rules, LanguageRules::Compile(std::move(data)));
  return std::make_shared<const LanguageRules>(std::move(rules));
}

}  // namespace childrecord
