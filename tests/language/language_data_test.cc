// Tests of reading the word lists (lists a council edits without rebuilding; R33–R35).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "data/language_data.h"
#include "language/language_entry.h"
#include "language_test_support.h"

namespace childrecord {
namespace {

TEST(LanguageData, ShippedListsLoad) {
  auto data = ReadLanguageData(testing::LanguageDataDir());
  ASSERT_TRUE(data.ok()) << data.error().message;
  auto rules = LanguageRules::Compile(data.value());
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  size_t counts[4] = {0, 0, 0, 0};
  for (const auto& e : data->entries) {
    if (e.kind == LanguageEntryKind::kFinding) ++counts[static_cast<int>(e.category)];
  }
  EXPECT_GE(counts[0], 60u);  // acronyms
  EXPECT_GE(counts[1], 30u);  // legal terms
  EXPECT_GE(counts[2], 30u);  // uncaring
  EXPECT_GE(counts[3], 20u);  // offensive
}

TEST(LanguageData, ExpandFormsWithBarsAndBraces) {
  auto forms = ExpandForms("abscond{,s,ed,ing}");
  ASSERT_TRUE(forms.ok());
  EXPECT_EQ(*forms, (std::vector<std::string>{"abscond", "absconds", "absconded", "absconding"}));
  forms = ExpandForms("refuse{s,d} to engage | refusing to engage");
  ASSERT_TRUE(forms.ok());
  EXPECT_EQ(*forms, (std::vector<std::string>{"refuses to engage", "refused to engage", "refusing to engage"}));
  EXPECT_FALSE(ExpandForms("abscond{s").ok());
  EXPECT_FALSE(ExpandForms("a}b").ok());
  EXPECT_FALSE(ExpandForms("a||b").ok());
  EXPECT_FALSE(ExpandForms("{a{b}}").ok());
}

struct BadLine {
  LanguageFileKind kind;
  const char* file;
  const char* content;
  const char* expect;  // in the message
};

TEST(LanguageData, MalformedLinesNameTheFileAndLine) {
  const BadLine cases[] = {
      {LanguageFileKind::kAcronyms, "acronyms.tsv", "# c\nLAC\tlooked after child\nCIN\n", "acronyms.tsv line 3"},
      {LanguageFileKind::kUncaring, "uncaring.tsv", "\n\nabscond{ed\tran away\n", "uncaring.tsv line 3"},
      {LanguageFileKind::kOffensive, "offensive.tsv", "word\t-\tweather\n", "offensive.tsv line 1"},
      {LanguageFileKind::kLegalTerms, "legal_terms.tsv", "care order\ta\tb\tc\n", "legal_terms.tsv line 1"},
      {LanguageFileKind::kExplanationCues, "explanation_cues.tsv", "during\twhich means\n", "explanation_cues.tsv line 1"},
  };
  for (const auto& c : cases) {
    LanguageData data;
    Status s = ParseLanguageFile(c.kind, c.file, c.content, data);
    ASSERT_FALSE(s.ok()) << c.content;
    EXPECT_EQ(s.error().code, ErrorCode::kValidation);
    EXPECT_EQ(s.error().field, c.file);
    EXPECT_NE(s.error().message.find(c.expect), std::string::npos) << s.error().message;
  }
}

TEST(LanguageData, AcceptsBomCrlfCommentsAndBlankLines) {
  LanguageData data;
  Status s = ParseLanguageFile(LanguageFileKind::kAcronyms, "acronyms.tsv",
                               "\xEF\xBB\xBF# list\r\n\r\nLAC\tlooked after child|child in care\r\n", data);
  ASSERT_TRUE(s.ok()) << s.error().message;
  ASSERT_EQ(data.entries.size(), 1u);
  EXPECT_EQ(data.entries[0].forms, std::vector<std::string>{"LAC"});
  EXPECT_EQ(data.entries[0].suggestions, (std::vector<std::string>{"looked after child", "child in care"}));
  EXPECT_TRUE(data.entries[0].case_sensitive);
}

TEST(LanguageData, DuplicatesAndPunctuatedFormsFailToCompile) {
  LanguageData data;
  ASSERT_TRUE(ParseLanguageFile(LanguageFileKind::kUncaring, "uncaring.tsv", "contact\tfamily time\n", data).ok());
  ASSERT_TRUE(ParseLanguageFile(LanguageFileKind::kLegalTerms, "legal_terms.tsv", "Contact\tx\n", data).ok());
  auto rules = LanguageRules::Compile(data);
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.error().message.find("legal_terms.tsv line 1"), std::string::npos) << rules.error().message;
  EXPECT_NE(rules.error().message.find("uncaring.tsv line 1"), std::string::npos) << rules.error().message;

  LanguageData punct;
  ASSERT_TRUE(ParseLanguageFile(LanguageFileKind::kLegalTerms, "legal_terms.tsv", "care, order\tx\n", punct).ok());
  EXPECT_FALSE(LanguageRules::Compile(punct).ok());
}

TEST(LanguageData, MissingDirectoryNamesTheFile) {
  auto data = ReadLanguageData("/nonexistent/language");
  ASSERT_FALSE(data.ok());
  EXPECT_NE(data.error().message.find("acronyms.tsv"), std::string::npos);
}

TEST(LanguageData, ReadsAnEditedCopyWithoutRebuilding) {
  auto dir = std::filesystem::temp_directory_path() / ("language-data-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto write = [&](const char* name, const char* text) { std::ofstream(dir / name) << text; };
  write("acronyms.tsv", "ZZQ\ta made-up thing\n");
  write("legal_terms.tsv", "");
  write("uncaring.tsv", "naughty\tfinding things hard\n");
  write("offensive.tsv", "");
  auto rules = LoadLanguageRules(dir);
  ASSERT_TRUE(rules.ok()) << rules.error().message;
  EXPECT_EQ((*rules)->entry_count(), 2u);
  write("uncaring.tsv", "naughty\n");
  auto broken = LoadLanguageRules(dir);
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.error().message.find("uncaring.tsv line 1"), std::string::npos) << broken.error().message;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace childrecord

namespace childrecord {
namespace {

// R33: sense rules and balance cues are council-editable; a malformed line or a rule about a
// word no list has stops the load with the file and line.
TEST(LanguageData, R33_SenseRulesAndBalanceCuesAreCheckedOnLoad) {
  LanguageData data;
  EXPECT_FALSE(ParseLanguageFile(LanguageFileKind::kSenses, "senses.tsv", "contact\tbeside 2\tlens", data).ok());
  EXPECT_FALSE(ParseLanguageFile(LanguageFileKind::kSenses, "senses.tsv", "contact\tafter 0\tlens", data).ok());
  auto bad = ParseLanguageFile(LanguageFileKind::kBalanceCues, "balance_cues.tsv", "\n\nhappy\tgood", data);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("balance_cues.tsv line 3"), std::string::npos);
  ASSERT_TRUE(ParseLanguageFile(LanguageFileKind::kUncaring, "uncaring.tsv", "contact\tfamily time", data).ok());
  ASSERT_TRUE(ParseLanguageFile(LanguageFileKind::kSenses, "senses.tsv", "contact\tafter 1\tlens{,es}", data).ok());
  EXPECT_TRUE(LanguageRules::Compile(data).ok());
  ASSERT_TRUE(ParseLanguageFile(LanguageFileKind::kSenses, "senses.tsv", "placement\tnear 3\tuniversity", data).ok());
  auto unknown = LanguageRules::Compile(data);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("senses.tsv line 1"), std::string::npos);
}

}  // namespace
}  // namespace childrecord
