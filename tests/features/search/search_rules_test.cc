// Full-text search's pure parts (SPEC §3): reading what was typed (never as query
// syntax), folding letters as the indexes do, marking what was found. Cases: cases/search.txt.
#include "features/search/search_rules.h"

#include <gtest/gtest.h>

#include "record/case_file.h"
#include "store/migrations.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;

constexpr char kCases[] = "tests/features/search/cases/";

std::string Unescape(std::string text) {
  for (auto [from, to] : {std::pair<std::string, std::string>{"\\n", "\n"}, {"\\u0301", "\xCC\x81"}}) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

std::string Terms(const SearchQuery& query) {
  std::string out;
  for (const SearchTerm& t : query.terms) {
    std::string words;
    for (const auto& w : t.words) words += (words.empty() ? "" : " ") + w;
    out += (out.empty() ? "" : " ") + (t.prefix ? words + "*" : "\"" + words + "\"");
  }
  return out;
}

std::string Marked(const std::vector<TextPart>& parts) {
  std::string out;
  for (const TextPart& p : parts) out += p.marked ? "[" + p.text + "]" : p.text;
  return out;
}

TEST(SearchTextTest, CasesFromSearchTxt) {
  const std::string file = "search.txt";
  auto lines = ReadCaseFile(file, kCases);
  int count = 0;
  for (size_t i = 0; i + 1 < lines.size(); i += 2) {
    const auto& line = lines[i];
    const auto& expect = lines[i + 1];
    ASSERT_TRUE(expect.indented && expect.text.rfind("= ", 0) == 0) << At(file, expect) << " (expected '= ...')";
    const std::string expected = Unescape(expect.text.substr(2));
    auto [verb, rest] = SplitFirst(line.text);
    ++count;
    if (verb == "q" || verb == "entries") {
      auto query = ParseSearchQuery(Unescape(rest));
      if (query.ok() && verb == "entries") query = EntryTerms(*query);
      if (expected == "error q") {
        ASSERT_FALSE(query.ok()) << At(file, line) << " gave " << Terms(*query);
        EXPECT_EQ(query.error().code, ErrorCode::kValidation) << At(file, line);
        EXPECT_EQ(query.error().field, "q") << At(file, line);
      } else {
        ASSERT_TRUE(query.ok()) << At(file, line) << ": " << query.error().message;
        EXPECT_EQ(Terms(*query), expected) << At(file, line);
      }
      continue;
    }
    size_t max_words = 0;
    if (verb == "snippet") {
      auto [n, after] = SplitFirst(rest);
      max_words = std::stoul(n);
      rest = after;
    }
    const auto bar = rest.find(" | ");
    ASSERT_NE(bar, std::string::npos) << At(file, line);
    auto query = ParseSearchQuery(rest.substr(0, bar));
    ASSERT_TRUE(query.ok()) << At(file, line);
    const std::string text = Unescape(rest.substr(bar + 3));
    if (verb == "mark") {
      EXPECT_EQ(Marked(HighlightText(text, *query)), expected) << At(file, line);
    } else if (verb == "snippet") {
      EXPECT_EQ(Marked(SnippetText(text, *query, max_words)), expected) << At(file, line);
    } else {
      ADD_FAILURE() << At(file, line) << " (unknown case)";
    }
  }
  EXPECT_GT(count, 30);
}

TEST(SearchTextTest, MarkedPartsJoinBackToTheText) {
  // Marking never changes or drops text (apart from white space in snippets).
  const std::string text = "Zoë's visit: <b>\"home\"</b> & O'Brien — well-being 12.5%";
  auto query = ParseSearchQuery("zoe home brien well 12");
  ASSERT_TRUE(query.ok());
  std::string joined;
  for (const TextPart& p : HighlightText(text, *query)) joined += p.text;
  EXPECT_EQ(joined, text);
}

// The PostgreSQL migration folds with translate() over the same table as FoldForSearch, so a
// word is found on both backends alike (SQLite FTS5 agrees: the table was made with it).
TEST(SearchTextTest, PostgresFoldTableIsTheSame) {
  std::string sql;
  for (const auto& m : MigrationScripts()) {
    if (std::string(m.name) == "search" && std::string(m.dialect) == "postgres") sql = m.sql;
  }
  ASSERT_FALSE(sql.empty()) << "migration 0010_search.postgres.sql";
  const auto start = sql.find("translate(input,");
  ASSERT_NE(start, std::string::npos);
  const auto from_begin = sql.find('\'', start) + 1;
  const auto from_end = sql.find('\'', from_begin);
  const auto to_begin = sql.find('\'', from_end + 1) + 1;
  const auto to_end = sql.find('\'', to_begin);
  std::string from_expected, to_expected, removed;
  for (auto [from, to] : SearchFoldTable()) {
    // Every code point in the table is below U+1F00: two or three bytes of UTF-8.
    std::string utf8;
    char32_t c = from;
    if (c < 0x800) {
      utf8 = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    } else {
      utf8 = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
              static_cast<char>(0x80 | (c & 0x3F))};
    }
    if (to == 0) {
      removed += utf8;
      EXPECT_EQ(FoldForSearch(utf8), "");
    } else {
      from_expected += utf8;
      to_expected += FoldForSearch(utf8);
    }
  }
  EXPECT_EQ(sql.substr(from_begin, from_end - from_begin), from_expected + removed);
  EXPECT_EQ(sql.substr(to_begin, to_end - to_begin), to_expected);
}

}  // namespace
}  // namespace childrecord
