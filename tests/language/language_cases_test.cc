// Data-driven tests of the language checker (R33, R34, R35). Each file in cases/ holds
// sentences and the findings they must produce — or "none" — in this form:
//
//   # a comment
//   > The text to check (\n is a line break)
//   @prefer contact => family time          (optional: the record's words we use)
//   acronym | LAC                            (category | the words found [| flags])
//   uncaring | contact | suggest=family time, quoted
//   none                                     (the text must produce no finding at all)
//   @seen                                    (R33 balance: the child was seen on this visit)
//   @child Amy                               (a name that makes a quotation the child's)
//   balance | strengths worries | prompts=1  (R33: what the entry has, of strengths, worries,
//                                             child_words, or "nothing"; how many prompts)
//
// Flags: quoted (in_quotation), serious, advice, preferred, rule=X, area=X, suggest=X (the
// first suggestion is X), suggests=X (X is one of the suggestions).
// Findings must match exactly and in order.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/source_root.h"
#include "language/language_checker.h"
#include "language_test_support.h"

namespace childrecord {
namespace {

std::string Trim(std::string s) {
  size_t a = s.find_first_not_of(" \t\r");
  size_t b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) out.push_back(Trim(part));
  return out;
}

// Flags are separated by commas; a piece that does not start a flag belongs to the previous
// one (suggestions may hold commas: "education, health and care plan").
std::vector<std::string> SplitFlags(const std::string& s) {
  static const char* kStarts[] = {"quoted", "serious", "advice", "preferred", "rule=", "area=", "suggest=", "suggests="};
  std::vector<std::string> out;
  for (auto& piece : Split(s, ',')) {
    bool starts = false;
    for (const char* k : kStarts) starts = starts || piece.rfind(k, 0) == 0;
    if (!starts && !out.empty()) {
      out.back() += ", " + piece;
    } else {
      out.push_back(piece);
    }
  }
  return out;
}

struct Expected {
  std::string category;
  std::string text;
  std::vector<std::string> flags;
};

struct Case {
  int line = 0;
  std::string text;
  LanguageCheckOptions options;
  bool none = false;
  std::vector<Expected> findings;
  bool has_balance = false;
  std::string balance;
  int balance_prompts = -1;
};

std::vector<Case> ReadCases(const std::string& name) {
  std::string path = std::string(SourceRoot()) + "/tests/language/cases/" + name;
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::vector<Case> cases;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    if (t.rfind("> ", 0) == 0 || t == ">") {
      Case c;
      c.line = line_no;
      std::string raw = line.substr(line.find('>') + 1);
      if (!raw.empty() && raw[0] == ' ') raw.erase(0, 1);
      for (size_t p = raw.find("\\n"); p != std::string::npos; p = raw.find("\\n", p)) raw.replace(p, 2, "\n");
      c.text = raw;
      cases.push_back(std::move(c));
      continue;
    }
    if (cases.empty()) {
      ADD_FAILURE() << name << ":" << line_no << ": expectation before any '>' text";
      continue;
    }
    Case& c = cases.back();
    if (t.rfind("@prefer ", 0) == 0) {
      std::string rest = t.substr(8);
      size_t arrow = rest.find("=>");
      c.options.preferred_words.push_back({Trim(rest.substr(0, arrow)), Trim(rest.substr(arrow + 2))});
    } else if (t == "@seen") {
      c.options.child_seen = true;
    } else if (t.rfind("@child ", 0) == 0) {
      c.options.child_names.push_back(Trim(t.substr(7)));
    } else if (t.rfind("balance |", 0) == 0) {
      auto cols = Split(t, '|');
      c.has_balance = true;
      c.balance = cols[1];
      if (cols.size() >= 3 && cols[2].rfind("prompts=", 0) == 0) c.balance_prompts = std::stoi(cols[2].substr(8));
      c.none = c.none || c.findings.empty();
    } else if (t == "none") {
      c.none = true;
    } else {
      auto cols = Split(t, '|');
      if (cols.size() < 2) {
        ADD_FAILURE() << name << ":" << line_no << ": expected 'category | text [| flags]'";
        continue;
      }
      Expected e{cols[0], cols[1], {}};
      if (cols.size() >= 3) e.flags = SplitFlags(cols[2]);
      c.findings.push_back(std::move(e));
    }
  }
  return cases;
}

std::string Describe(const LanguageReport& r) {
  std::ostringstream out;
  for (const auto& f : r.findings) {
    out << "\n    " << LanguageCategoryName(f.category) << " | " << f.text << " | rule=" << f.rule
        << (f.in_quotation ? ", quoted" : "") << (f.severity == LanguageSeverity::kSerious ? ", serious" : "")
        << (f.suggestions.empty() ? "" : ", suggest=" + f.suggestions.front());
  }
  return r.findings.empty() ? " (none)" : out.str();
}

bool FlagHolds(const LanguageFinding& f, const std::string& flag) {
  auto value = [&](const char* prefix) { return flag.substr(std::string(prefix).size()); };
  if (flag == "quoted") return f.in_quotation;
  if (flag == "serious") return f.severity == LanguageSeverity::kSerious;
  if (flag == "advice") return f.severity == LanguageSeverity::kAdvice;
  if (flag == "preferred") return f.preferred;
  if (flag.rfind("rule=", 0) == 0) return f.rule == value("rule=");
  if (flag.rfind("area=", 0) == 0) return f.area == value("area=");
  if (flag.rfind("suggest=", 0) == 0) return !f.suggestions.empty() && f.suggestions.front() == value("suggest=");
  if (flag.rfind("suggests=", 0) == 0) {
    for (const auto& s : f.suggestions) {
      if (s == value("suggests=")) return true;
    }
    return false;
  }
  ADD_FAILURE() << "unknown flag " << flag;
  return false;
}

void RunCaseFile(const std::string& name) {
  LanguageChecker checker(testing::ShippedLanguageRules());
  auto cases = ReadCases(name);
  ASSERT_FALSE(cases.empty()) << name << " has no cases";
  for (const Case& c : cases) {
    SCOPED_TRACE(name + ":" + std::to_string(c.line) + ": " + c.text);
    if (!c.none && c.findings.empty()) {
      ADD_FAILURE() << "the case says neither 'none' nor what it expects";
      continue;
    }
    LanguageReport r = checker.Check(c.text, c.options);
    if (c.has_balance) {
      const LanguageBalance& b = r.balance;
      std::string got = std::string(b.strengths ? " strengths" : "") + (b.worries ? " worries" : "") +
                        (b.child_words ? " child_words" : "");
      EXPECT_EQ(got.empty() ? "nothing" : got.substr(1), c.balance) << "balance";
      if (c.balance_prompts >= 0) {
        EXPECT_EQ(static_cast<int>(b.prompts.size()), c.balance_prompts) << "prompts";
      }
      continue;
    }
    if (r.findings.size() != c.findings.size()) {
      ADD_FAILURE() << "expected " << c.findings.size() << " findings, got " << r.findings.size() << ":" << Describe(r);
      continue;
    }
    for (size_t k = 0; k < c.findings.size(); ++k) {
      const Expected& e = c.findings[k];
      const LanguageFinding& f = r.findings[k];
      EXPECT_EQ(LanguageCategoryName(f.category), e.category) << "finding " << k << Describe(r);
      EXPECT_EQ(f.text, e.text) << "finding " << k << Describe(r);
      // Offsets always agree with the text found.
      EXPECT_EQ(c.text.substr(f.byte_start, f.byte_end - f.byte_start), f.text);
      for (const auto& flag : e.flags) EXPECT_TRUE(FlagHolds(f, flag)) << "finding " << k << " flag " << flag << Describe(r);
      // Outside quotations, offensive findings (and only they) are serious.
      if (!f.in_quotation) {
        EXPECT_EQ(f.severity == LanguageSeverity::kSerious, f.category == LanguageCategory::kOffensive);
      } else {
        EXPECT_EQ(f.severity, LanguageSeverity::kAdvice);
      }
    }
  }
}

// R35: no acronyms or abbreviations.
TEST(LanguageCases, R35_AcronymsAndAbbreviations) { RunCaseFile("acronyms.txt"); }
// R35: professional terms such as legal orders explained.
TEST(LanguageCases, R35_LegalTermsExplained) { RunCaseFile("legal_terms.txt"); }
// R33: kind, clear language; the family's own words.
TEST(LanguageCases, R33_UncaringPhrases) { RunCaseFile("uncaring.txt"); }
// R34: no expression that may offend.
TEST(LanguageCases, R34_OffensiveExpressions) { RunCaseFile("offensive.txt"); }
// R33: the family's own words in quotation marks are noted, not changed.
TEST(LanguageCases, R33_Quotations) { RunCaseFile("quotations.txt"); }
// R33: the terms the family prefer.
TEST(LanguageCases, R33_PreferredWords) { RunCaseFile("preferred_words.txt"); }
// R33: clear language — long sentences.
TEST(LanguageCases, R33_Readability) { RunCaseFile("readability.txt"); }
// R33–R35: whole words only; ordinary sentences produce nothing.
TEST(LanguageCases, R33_R35_NoSubstringsAndNoFalseFindings) { RunCaseFile("no_findings.txt"); }
// R33: a word is only a finding in the sense the guidance means (senses.tsv).
TEST(LanguageCases, R33_WordsInTheSenseTheGuidanceMeans) { RunCaseFile("senses.txt"); }
// R33: worries balanced with strengths; the child's own words where the child was seen.
TEST(LanguageCases, R33_BalanceOfStrengthsWorriesAndTheChildsWords) { RunCaseFile("balance.txt"); }
// R33–R35: over a hundred ordinary, kind case-note sentences give no finding.
TEST(LanguageCases, R33_R35_CleanCaseNotesStayClean) { RunCaseFile("clean_notes.txt"); }

}  // namespace
}  // namespace childrecord
