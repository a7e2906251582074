// R32: an entry is shared only with brothers' and sisters' records, from cases/siblings.txt.
#include "features/people/sibling_rules.h"

#include <gtest/gtest.h>

#include "record/case_file.h"

namespace childrecord {
namespace {

using testing::At;
using testing::CaseLine;
using testing::ReadCaseFile;
using testing::SplitFirst;
using testing::Words;

constexpr char kCases[] = "tests/features/people/cases/";

// R32: sharing an entry only with brothers' and sisters' records.
TEST(SiblingsR32, CasesFromFile) {
  const std::string file = "siblings.txt";
  std::vector<ChildPersonLink> links;
  int checks = 0;
  for (const CaseLine& line : ReadCaseFile(file, kCases)) {
    auto [verb, rest] = SplitFirst(line.text);
    if (verb == "case") {
      links.clear();
    } else if (verb == "link") {
      auto words = Words(rest);
      ASSERT_EQ(words.size(), 3u) << At(file, line);
      links.push_back({words[0], words[1], words[2]});
    } else if (verb == "siblings") {
      auto [child, list] = SplitFirst(rest, '=');
      auto child_words = Words(child);
      ASSERT_EQ(child_words.size(), 1u) << At(file, line);
      auto want = Words(list);
      auto got = SiblingRecordsOf(child_words[0], links);
      EXPECT_EQ(std::vector<std::string>(got.begin(), got.end()), want) << At(file, line);
      ++checks;
    } else if (verb == "share") {
      const auto bar = rest.find('|');
      ASSERT_NE(bar, std::string::npos) << At(file, line);
      auto ids = Words(rest.substr(0, bar));
      ASSERT_FALSE(ids.empty()) << At(file, line);
      const std::string child = ids.front();
      std::vector<std::string> chosen(ids.begin() + 1, ids.end());
      auto expect = Words(rest.substr(bar + 1));
      auto status = CheckSharedWithSiblings(child, chosen, SiblingRecordsOf(child, links));
      if (expect.at(0) == "ok") {
        EXPECT_TRUE(status.ok()) << At(file, line) << ": " << status.error().message;
      } else {
        ASSERT_FALSE(status.ok()) << At(file, line);
        ASSERT_EQ(expect.size(), 2u) << At(file, line);
        EXPECT_EQ(status.error().code, ErrorCode::kValidation);
        EXPECT_EQ(status.error().field, expect[1]) << At(file, line) << ": " << status.error().message;
      }
      ++checks;
    } else {
      ADD_FAILURE() << At(file, line) << " (unknown line)";
    }
  }
  EXPECT_GE(checks, 15);
}

}  // namespace
}  // namespace childrecord
