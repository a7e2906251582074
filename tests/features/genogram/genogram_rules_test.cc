// R20: the genogram's family model from the people on the record (features/genogram/genogram_rules.h).
// Cases: cases/genogram.txt.
#include "features/genogram/genogram_rules.h"

#include <gtest/gtest.h>

#include <sstream>

#include "record/case_file.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;

std::vector<GenogramPerson> People(const std::string& spec) {
  std::vector<GenogramPerson> out;
  std::istringstream in(spec);
  std::string word;
  while (in >> word) {
    GenogramPerson p;
    std::istringstream parts(word);
    std::string part;
    int n = 0;
    while (std::getline(parts, part, ':')) {
      if (n == 0) p.id = part;
      if (n == 1) p.relationship = part;
      if (part == "home") p.lives_with_child = true;
      if (part == "pr") p.parental_responsibility = true;
      ++n;
    }
    p.full_name = "Name of " + p.id;
    out.push_back(p);
  }
  return out;
}

std::string Describe(const GenogramModel& model) {
  std::string out;
  for (const auto& c : model.couples) {
    if (!out.empty()) out += " | ";
    out += c.first + (c.second.empty() ? "" : "+" + c.second);
    if (c.style == GenogramCoupleStyle::kLivingTogether) out += " living-together";
    out += " >";
    std::string children;
    for (const auto& child : c.children) {
      children += (children.empty() ? " " : ", ") + child.id;
      if (child.line == GenogramLine::kAdopted) children += " (adopted)";
      if (child.line == GenogramLine::kFostered) children += " (fostered)";
    }
    out += children;
  }
  return out;
}

const char* SexWord(GenogramSex sex) {
  return sex == GenogramSex::kMale ? "male" : sex == GenogramSex::kFemale ? "female" : "unknown";
}

TEST(GenogramRulesTest, R20CasesFromGenogramTxt) {
  const std::string file = "genogram.txt";
  auto lines = ReadCaseFile(file, "tests/features/genogram/cases/");
  int count = 0;
  for (size_t i = 0; i + 1 < lines.size(); i += 2) {
    const auto& line = lines[i];
    const auto& expect = lines[i + 1];
    ASSERT_TRUE(expect.indented && expect.text.rfind("=", 0) == 0) << At(file, expect);
    const std::string expected = expect.text.size() > 2 ? expect.text.substr(2) : "";
    auto [verb, rest] = SplitFirst(line.text);
    ++count;
    if (verb == "family") {
      EXPECT_EQ(Describe(BuildGenogram("C", "The child", false, People(rest))), expected) << At(file, line);
    } else if (verb == "sex") {
      EXPECT_EQ(SexWord(SexOfRelationship(rest)), expected) << At(file, line);
    } else if (verb == "generation") {
      EXPECT_EQ(std::to_string(GenerationOfRelationship(rest)), expected) << At(file, line);
    } else {
      ADD_FAILURE() << At(file, line) << ": unknown verb " << verb;
    }
  }
  EXPECT_GE(count, 15);
}

// R20: the child is drawn first, emphasised, in the household when anyone lives with them; people
// outside the family tree are left out; parental responsibility is carried to the drawing.
TEST(GenogramRulesTest, R20TheChildIsAtTheCentreAndTheHouseholdAndParentalResponsibilityAreKept) {
  const auto model = BuildGenogram("C", "Ada", true, People("m:mother:home:pr fr:friend"));
  ASSERT_EQ(model.people.size(), 2u);
  EXPECT_TRUE(model.people[0].is_child);
  EXPECT_TRUE(model.people[0].household);
  EXPECT_EQ(model.people[0].full_name, "Ada");
  EXPECT_TRUE(model.people[1].household);
  EXPECT_TRUE(model.people[1].parental_responsibility);
  EXPECT_EQ(model.people[1].sex, GenogramSex::kFemale);
  EXPECT_EQ(model.people[1].generation, 2);
}

}  // namespace
}  // namespace childrecord
