// R20, R24, R25, R28: what a record is missing or has out of date, from cases/compliance.txt.
#include "features/compliance/compliance_rules.h"

#include <gtest/gtest.h>

#include "record/case_file.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;
using testing::Words;

// "closed=1; people=3" -> the facts; false when a fact is not one the file's header lists.
bool ReadFacts(const std::string& text, RecordFacts& f) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    std::string pair = text.substr(start, end - start);
    start = end + 1;
    const auto eq = pair.find('=');
    if (eq == std::string::npos) return false;
    auto trim = [](std::string s) {
      s.erase(0, s.find_first_not_of(' '));
      s.erase(s.find_last_not_of(' ') + 1);
      return s;
    };
    const std::string key = trim(pair.substr(0, eq));
    const int value = std::stoi(trim(pair.substr(eq + 1)));
    if (key == "closed")
      f.closed = value != 0;
    else if (key == "closing_summary_missing")
      f.closing_summary_missing = value != 0;
    else if (key == "people")
      f.people_besides_child = value;
    else if (key == "chronology")
      f.has_chronology = value != 0;
    else if (key == "assessments")
      f.assessments = value;
    else if (key == "authorised")
      f.assessment_authorised = value != 0;
    else if (key == "assessment_overdue")
      f.assessment_overdue = value != 0;
    else if (key == "plan")
      f.plan_in_force = value != 0;
    else if (key == "actions_overdue")
      f.actions_overdue = value;
    else if (key == "summary_due")
      f.summary_due = value != 0;
    else if (key == "late")
      f.late_entries_3_months = value;
    else
      return false;
  }
  return true;
}

TEST(ComplianceRules, CasesFromComplianceTxt_R20_R24_R25_R28) {
  const std::string file = "compliance.txt";
  auto lines = ReadCaseFile(file, "tests/features/compliance/cases/");
  int ran = 0;
  for (size_t i = 0; i + 1 < lines.size(); i += 2) {
    const auto& line = lines[i];
    const auto& expect = lines[i + 1];
    ASSERT_TRUE(expect.indented && expect.text.starts_with("= ")) << At(file, expect);
    auto [verb, rest] = SplitFirst(line.text);
    ASSERT_EQ(verb, "record") << At(file, line);
    RecordFacts facts;
    ASSERT_TRUE(ReadFacts(rest, facts)) << At(file, line) << ": a fact the file does not list";
    std::vector<std::string> got;
    for (const Finding& f : CheckRecord(facts)) got.push_back(f.rule_id);
    const std::string want = expect.text.substr(2);
    EXPECT_EQ(got, want == "none" ? std::vector<std::string>{} : Words(want)) << At(file, line);
    ++ran;
  }
  EXPECT_GE(ran, 13);
}

TEST(ComplianceRules, EveryFindingSaysWhatAndWhereInTheReadersWords_R20) {
  RecordFacts facts;
  facts.summary_due = true;
  facts.actions_overdue = 1;
  facts.assessments = 1;
  facts.assessment_overdue = true;
  facts.late_entries_3_months = 1;
  for (const Finding& f : CheckRecord(facts)) {
    EXPECT_FALSE(f.part.empty()) << f.rule_id;
    EXPECT_FALSE(f.words.empty()) << f.rule_id;
    EXPECT_TRUE(f.fix.starts_with("/")) << f.rule_id;
    EXPECT_EQ(f.words.find('_'), std::string::npos) << f.rule_id << ": no codes on screen";
  }
  RecordFacts one;
  one.actions_overdue = 1;
  one.people_besides_child = 1;
  one.has_chronology = true;
  one.assessments = 1;
  ASSERT_EQ(CheckRecord(one).size(), 1u);
  EXPECT_EQ(CheckRecord(one)[0].words, "1 action is past its date and not done");
}

}  // namespace
}  // namespace childrecord
