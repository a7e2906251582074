#include "features/language/words_we_use_rules.h"

#include <set>

#include "core/text.h"

namespace childrecord {
namespace {

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

Result<std::vector<WordWeUse>> ParseWordsWeUseLines(std::string_view text) {
  std::vector<WordWeUse> words;
  size_t line_number = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = Trim(text.substr(start, end - start));
    ++line_number;
    start = end + 1;
    if (line.empty()) continue;
    auto eq = line.find('=');
    if (eq == std::string::npos) {
      return Error::Validation("words", "Line " + std::to_string(line_number) +
                                            ": write each preference as 'the word to avoid = the word we use'");
    }
    words.push_back({Trim(line.substr(0, eq)), Trim(line.substr(eq + 1))});
  }
  return words;
}

std::string FormatWordsWeUseLines(const std::vector<WordWeUse>& words) {
  std::string out;
  for (const auto& w : words) out += w.term + " = " + w.preferred + "\n";
  return out;
}

Result<Json> BuildWordsWeUseSet(const std::vector<WordWeUse>& words, const std::string& child_id) {
  if (words.size() > kMaxWordsWeUse) {
    return Error::Validation("words", "Keep to at most " + std::to_string(kMaxWordsWeUse) + " preferences");
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string where = "Preference " + std::to_string(i + 1) + ": ";
    const auto& w = words[i];
    if (w.term.empty() || w.preferred.empty()) {
      return Error::Validation("words", where + "give both the word to avoid and the word the family uses");
    }
    if (w.term.size() > kMaxWordLength || w.preferred.size() > kMaxWordLength) {
      return Error::Validation("words", where + "keep each part to " + std::to_string(kMaxWordLength) + " characters");
    }
    if (!seen.insert(FoldCase(w.term)).second) {
      return Error::Validation("words", where + "'" + w.term + "' is listed twice");
    }
  }
  return Json{{"child_id", child_id}, {"words", WordsWeUseToJson(words)}};
}

std::vector<WordWeUse> WordsWeUseFromJson(const Json& list) {
  std::vector<WordWeUse> words;
  if (!list.is_array()) return words;
  for (const auto& item : list) {
    if (item.is_object() && item.value("term", Json()).is_string() && item.value("preferred", Json()).is_string()) {
      words.push_back({item["term"], item["preferred"]});
    }
  }
  return words;
}

Json WordsWeUseToJson(const std::vector<WordWeUse>& words) {
  Json list = Json::array();
  for (const auto& w : words) list.push_back({{"term", w.term}, {"preferred", w.preferred}});
  return list;
}

}  // namespace childrecord
