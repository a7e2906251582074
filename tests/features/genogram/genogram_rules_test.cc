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
      // R20: the details the people feature records.
      if (part.rfind("sex=", 0) == 0) p.sex = part.substr(4);
      if (part.rfind("born=", 0) == 0) p.born_on = part.substr(5);
      if (part.rfind("order=", 0) == 0) p.birth_order = std::stoll(part.substr(6));
      if (part == "died") p.died = true;
      if (part.rfind("died=", 0) == 0) p.died = true, p.died_on = part.substr(5);
      ++n;
    }
    p.full_name = "Name of " + p.id;
    out.push_back(p);
  }
  return out;
}

// R20: "a+b:married:2005-01-01[:2015-06-01] ..." -> the relationships recorded between adults.
std::vector<GenogramPartnership> Partnerships(const std::string& spec) {
  std::vector<GenogramPartnership> out;
  std::istringstream in(spec);
  std::string word;
  while (in >> word) {
    std::vector<std::string> parts;
    std::istringstream split(word);
    std::string part;
    while (std::getline(split, part, ':')) parts.push_back(part);
    GenogramPartnership r;
    const auto plus = parts.at(0).find('+');
    r.first = parts[0].substr(0, plus);
    r.second = parts[0].substr(plus + 1);
    r.kind = parts.at(1);
    r.starts_on = parts.at(2);
    if (parts.size() > 3) r.ends_on = parts[3];
    out.push_back(r);
  }
  return out;
}

const char* StyleWord(GenogramCoupleStyle style) {
  switch (style) {
    case GenogramCoupleStyle::kParents:
      return "";
    case GenogramCoupleStyle::kLivingTogether:
      return " living-together";
    case GenogramCoupleStyle::kMarried:
      return " married";
    case GenogramCoupleStyle::kCivilPartners:
      return " civil-partners";
    case GenogramCoupleStyle::kSeparated:
      return " separated";
    case GenogramCoupleStyle::kDivorced:
      break;
  }
  return " divorced";
}

std::string Describe(const GenogramModel& model) {
  std::string out;
  for (const auto& c : model.couples) {
    if (!out.empty()) out += " | ";
    out += c.first + (c.second.empty() ? "" : "+" + c.second);
    out += StyleWord(c.style);
    out += " >";
    std::string children;
    for (const auto& child : c.children) {
      children += (children.empty() ? " " : ", ") + child.id;
      if (child.line == GenogramLine::kAdopted) children += " (adopted)";
      if (child.line == GenogramLine::kFostered) children += " (fostered)";
      if (child.multiple_birth != 0) children += " (twin " + std::to_string(child.multiple_birth) + ")";
    }
    out += children;
  }
  return out;
}

const char* SexWord(GenogramSex sex) {
  return sex == GenogramSex::kMale     ? "male"
         : sex == GenogramSex::kFemale ? "female"
         : sex == GenogramSex::kOther  ? "other"
                                       : "unknown";
}

// R20: "[as_at=YYYY-MM-DD] [child_born=YYYY-MM-DD] [child_sex=<code>] <people> [; <partnerships>]" -> the model.
GenogramModel FromSpec(const std::string& spec) {
  std::string people = spec, partnerships;
  if (auto semi = spec.find(';'); semi != std::string::npos) {
    people = spec.substr(0, semi);
    partnerships = spec.substr(semi + 1);
  }
  GenogramOptions options;
  std::istringstream in(people);
  std::string word, rest;
  while (in >> word) {
    if (word.rfind("as_at=", 0) == 0) {
      options.as_at = word.substr(6);
    } else if (word.rfind("child_born=", 0) == 0) {
      options.child_born_on = word.substr(11);
    } else if (word.rfind("child_sex=", 0) == 0) {
      options.child_sex = word.substr(10);  // R20: the child's own sex, from the identity (R2)
    } else {
      rest += word + " ";
    }
  }
  return BuildGenogram("C", "The child", false, People(rest), Partnerships(partnerships), options);
}

// Each person drawn, in the model's order: "<id> <sex>[ died]".
std::string DescribePeople(const GenogramModel& model) {
  std::string out;
  for (const auto& p : model.people) {
    if (!out.empty()) out += ", ";
    out += p.id + " " + SexWord(p.sex) + (p.died ? " died" : "");
  }
  return out;
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
      EXPECT_EQ(Describe(FromSpec(rest)), expected) << At(file, line);
    } else if (verb == "people") {
      EXPECT_EQ(DescribePeople(FromSpec(rest)), expected) << At(file, line);
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
