// The language checker's quality figure (R33-R35): runs the checker over the project's labelled
// case files (tests/language/cases/*.txt, the same form language_cases_test.cc reads) and prints
// precision and recall per category, counting a finding right when its category and words match
// an expected one of the same text. The case files are what the checker was tuned on; the
// held-out file (bench/language_heldout/) was labelled before the checker saw it, so its figure
// is the honest one. Then times the checker on a 2,000-word note made of those
// texts against a baseline measured in the same run (lower-case and split into words); the target
// is under 2 ms. No asserts: a figure, not a test.
//
// Usage: language_quality_bench [cases-directory] [held-out-directory] [data-directory] [iterations]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "language_baseline.h"
#include "core/source_root.h"
#include "data/language_data.h"
#include "language/language_checker.h"

namespace {

namespace fs = std::filesystem;

std::string Trim(std::string s) {
  size_t a = s.find_first_not_of(" \t\r");
  size_t b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

struct Labelled {
  std::string text;
  std::vector<childrecord::PreferredWord> preferred;
  std::vector<std::pair<std::string, std::string>> expected;  // category, words found
  bool child_seen = false;
  std::vector<std::string> child_names;
  bool has_balance = false;
  std::vector<std::string> balance;  // of "strengths", "worries", "child_words"
};

// Reads "> text", "@prefer a => b", "category | words [| flags]" and "none" lines.
std::vector<Labelled> ReadCases(const fs::path& path) {
  std::vector<Labelled> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::string t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    if (t.rfind(">", 0) == 0) {
      std::string raw = line.substr(line.find('>') + 1);
      if (!raw.empty() && raw[0] == ' ') raw.erase(0, 1);
      for (size_t p = raw.find("\\n"); p != std::string::npos; p = raw.find("\\n", p)) raw.replace(p, 2, "\n");
      Labelled l;
      l.text = raw;
      out.push_back(std::move(l));
    } else if (out.empty() || t == "none") {
      continue;
    } else if (t == "@seen") {
      out.back().child_seen = true;
    } else if (t.rfind("@child ", 0) == 0) {
      out.back().child_names.push_back(Trim(t.substr(7)));
    } else if (t.rfind("balance |", 0) == 0) {
      // R33 balance: what the entry has; each signal is scored as a category of its own.
      out.back().has_balance = true;
      std::string what = t.substr(9);
      what = Trim(what.substr(0, what.find('|')));
      for (const char* signal : {"strengths", "worries", "child_words"}) {
        if (what.find(signal) != std::string::npos) out.back().balance.emplace_back(signal);
      }
    } else if (t.rfind("@prefer ", 0) == 0) {
      std::string rest = t.substr(8);
      size_t arrow = rest.find("=>");
      if (arrow != std::string::npos) out.back().preferred.push_back({Trim(rest.substr(0, arrow)), Trim(rest.substr(arrow + 2))});
    } else {
      size_t bar = t.find('|');
      if (bar == std::string::npos) continue;
      size_t bar2 = t.find('|', bar + 1);
      out.back().expected.emplace_back(Trim(t.substr(0, bar)), Trim(t.substr(bar + 1, bar2 == std::string::npos ? std::string::npos : bar2 - bar - 1)));
    }
  }
  return out;
}

struct Counts {
  int true_pos = 0;
  int false_pos = 0;
  int false_neg = 0;
};

double Ratio(int a, int b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }

std::vector<fs::path> CaseFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Scores the checker on every case of the directory's files; appends their texts to `corpus`.
void Score(const childrecord::LanguageChecker& checker, const fs::path& dir, const char* title, std::string& corpus) {
  std::map<std::string, Counts> by_category;
  int texts = 0;
  auto files = CaseFiles(dir);
  for (const auto& file : files) {
    for (const Labelled& c : ReadCases(file)) {
      ++texts;
      corpus += c.text + (c.text.ends_with(".") ? " " : ". ");
      childrecord::LanguageCheckOptions options;
      options.preferred_words = c.preferred;
      options.child_seen = c.child_seen;
      options.child_names = c.child_names;
      auto report = checker.Check(c.text, options);
      if (c.has_balance) {
        const auto& b = report.balance;
        const std::pair<const char*, bool> got[] = {
            {"strengths", b.strengths}, {"worries", b.worries}, {"child_words", b.child_words}};
        for (const auto& [signal, present] : got) {
          bool wanted = std::find(c.balance.begin(), c.balance.end(), signal) != c.balance.end();
          Counts& n = by_category[std::string("balance:") + signal];
          if (present && wanted) ++n.true_pos;
          if (present && !wanted) ++n.false_pos;
          if (!present && wanted) ++n.false_neg;
        }
        continue;  // balance cases are not labelled for findings
      }
      auto expected = c.expected;
      for (const auto& f : report.findings) {
        std::string category(childrecord::LanguageCategoryName(f.category));
        auto it = std::find(expected.begin(), expected.end(), std::make_pair(category, f.text));
        if (it != expected.end()) {
          ++by_category[category].true_pos;
          expected.erase(it);
        } else {
          ++by_category[category].false_pos;
          std::printf("  extra:  %s | %s   in: %s\n", category.c_str(), f.text.c_str(), c.text.c_str());
        }
      }
      for (const auto& e : expected) {
        ++by_category[e.first].false_neg;
        std::printf("  missed: %s | %s   in: %s\n", e.first.c_str(), e.second.c_str(), c.text.c_str());
      }
    }
  }
  std::printf("%s: %d labelled texts in %zu files\n", title, texts, files.size());
  std::printf("%-20s %6s %6s %6s %10s %7s\n", "category", "right", "extra", "missed", "precision", "recall");
  Counts all;
  for (const auto& [category, n] : by_category) {
    std::printf("%-20s %6d %6d %6d %10.3f %7.3f\n", category.c_str(), n.true_pos, n.false_pos, n.false_neg,
                Ratio(n.true_pos, n.true_pos + n.false_pos), Ratio(n.true_pos, n.true_pos + n.false_neg));
    if (category.starts_with("balance:")) continue;  // "all" is of findings only
    all.true_pos += n.true_pos;
    all.false_pos += n.false_pos;
    all.false_neg += n.false_neg;
  }
  std::printf("%-20s %6d %6d %6d %10.3f %7.3f\n\n", "all findings", all.true_pos, all.false_pos, all.false_neg,
              Ratio(all.true_pos, all.true_pos + all.false_pos), Ratio(all.true_pos, all.true_pos + all.false_neg));
}

}  // namespace

using childrecord::bench::MillisPerCall;
using childrecord::bench::TokeniseOnly;

int main(int argc, char** argv) {
  const std::string root(childrecord::SourceRoot());
  fs::path cases_dir = argc > 1 ? fs::path(argv[1]) : fs::path(root + "/tests/language/cases");
  fs::path heldout_dir = argc > 2 ? fs::path(argv[2]) : fs::path(root + "/bench/language_heldout");
  fs::path data_dir = argc > 3 ? fs::path(argv[3]) : fs::path(root + "/data/language");
  int iterations = argc > 4 ? std::atoi(argv[4]) : 300;
  if (iterations <= 0) iterations = 300;
  auto rules = childrecord::LoadLanguageRules(data_dir);
  if (!rules.ok()) {
    std::fprintf(stderr, "language_quality_bench: %s\n", rules.error().message.c_str());
    return 1;
  }
  childrecord::LanguageChecker checker(rules.value());

  std::string corpus;  // every labelled text, for the timing note
  Score(checker, cases_dir, "case files (tuned on)", corpus);
  Score(checker, heldout_dir, "held out", corpus);

  // A 2,000-word note of the labelled texts, repeated as needed.
  std::string note;
  std::string lower;
  std::vector<std::string_view> words;
  while (TokeniseOnly(note, lower, words) < 2000) note += corpus;
  while (TokeniseOnly(note, lower, words) > 2000) note.resize(note.rfind(' ', note.size() - 2) + 1);
  size_t sink = 0;
  double baseline = MillisPerCall(iterations, [&] { sink += TokeniseOnly(note, lower, words); });
  double check = MillisPerCall(iterations, [&] { sink += checker.Check(note).findings.size(); });
  std::printf("tokenise_only_2000_words: %.4f ms per call\n", baseline);
  std::printf("language_check_2000_words: %.3f ms per call (%.1fx a tokenise-only pass; target under 2 ms)\n", check,
              check / baseline);
  return sink == 0 ? 2 : 0;
}
