#pragma once

// Reading the data-driven case files of the features' pure rules (tests/features/<name>/cases/).
// Lines starting with '#' and blank lines are ignored; every kept line remembers its line number
// so a failure points at the case in the file.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/source_root.h"

namespace childrecord::testing {

struct CaseLine {
  int number = 0;
  std::string text;
  bool indented = false;  // started with a space: an assertion belonging to the line before
};

// `folder`: relative to the source root; a feature's tests keep their cases in their own folder
// (tests/features/<name>/cases/).
inline std::string CasePath(const std::string& name, const std::string& folder) {
  return std::string(SourceRoot()) + "/" + folder + name;
}

inline std::vector<CaseLine> ReadCaseFile(const std::string& name, const std::string& folder) {
  std::ifstream in(CasePath(name, folder));
  EXPECT_TRUE(in.good()) << "cannot open " << CasePath(name, folder);
  std::vector<CaseLine> lines;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    const auto last = line.find_last_not_of(" \t");
    lines.push_back({number, line.substr(first, last - first + 1), first > 0});
  }
  return lines;
}

// "word rest of line" -> {"word", "rest of line"}.
inline std::pair<std::string, std::string> SplitFirst(const std::string& text, char sep = ' ') {
  const auto pos = text.find(sep);
  if (pos == std::string::npos) return {text, ""};
  std::string rest = text.substr(pos + 1);
  const auto first = rest.find_first_not_of(' ');
  return {text.substr(0, pos), first == std::string::npos ? "" : rest.substr(first)};
}

// "a b  c" -> {"a", "b", "c"}.
inline std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

inline std::string At(const std::string& file, const CaseLine& line) {
  return file + ":" + std::to_string(line.number) + ": " + line.text;
}

}  // namespace childrecord::testing
