// Issue 4's pure rules driven by JSON case files under tests/record/cases/:
//   visits.txt     R18 (visit), R19 (unsuccessful visit), R6/R27 (management decision), R31 (sections)
//   household.txt  R3 (home, parental responsibility), R4 (living arrangement), R5, R7, R13
//   identity.txt   R2 (identity changes)
// Each case is a line "> builder[@role] {json input}" followed by "ok", "forbidden" or
// "error <field>"; indented lines after "ok" check the output: "/json/pointer = <json value>".
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "case_file.h"
#include "core/time_format.h"
#include "record/household.h"
#include "record/identity.h"
#include "record/information_marks.h"
#include "record/visit.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;

const TimePoint kNow = *ParseRfc3339("2026-11-24T12:00:00Z");

Result<Json> Run(const std::string& builder, const std::string& role, const Json& input) {
  if (builder == "visit" || builder == "unsuccessful_visit" || builder == "management_decision" ||
      builder == "phone_call") {
    return BuildEntryDetails(builder, input, role, kNow);
  }
  if (builder == "sections") return BuildSections(input);
  if (builder == "identity") return BuildIdentityChanged(input, "child-1", kNow);
  if (builder == "person_link") return BuildPersonLink(input, "child-1", "link-1", kNow);
  if (builder == "living") return BuildLivingArrangement(input, "child-1", kNow);
  if (builder == "family_time") return BuildFamilyTime(input, "child-1", kNow);
  if (builder == "provider") return BuildPrivateProviderUse(input, "child-1", kNow);
  return Error::Internal("unknown builder " + builder);
}

// Runs every case in `file`; returns how many ran.
int RunCaseFile(const std::string& file) {
  auto lines = ReadCaseFile(file);
  int count = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto& line = lines[i];
    if (line.text.rfind("> ", 0) != 0) {
      ADD_FAILURE() << At(file, line) << " (expected a '> builder {json}' line)";
      continue;
    }
    auto [spec, json_text] = SplitFirst(line.text.substr(2));
    auto [builder, role] = SplitFirst(spec, '@');
    auto input = ParseJson(json_text);
    if (!input.ok()) {
      ADD_FAILURE() << At(file, line) << ": bad JSON: " << input.error().message;
      continue;
    }
    if (i + 1 >= lines.size()) {
      ADD_FAILURE() << At(file, line) << " has no expectation";
      break;
    }
    const auto& expect = lines[++i];
    auto result = Run(builder, role, *input);
    ++count;
    auto [verdict, field] = SplitFirst(expect.text);
    if (verdict == "ok") {
      if (!result.ok()) {
        ADD_FAILURE() << At(file, line) << "\n  refused: " << result.error().field << ": " << result.error().message;
      }
      while (i + 1 < lines.size() && lines[i + 1].indented) {
        const auto& check = lines[++i];
        if (!result.ok()) continue;
        const auto eq = check.text.find(" = ");
        if (eq == std::string::npos) {
          ADD_FAILURE() << At(file, check) << " (expected '/pointer = value')";
          continue;
        }
        const Json::json_pointer pointer(check.text.substr(0, eq));
        auto want = ParseJson(check.text.substr(eq + 3));
        if (!want.ok()) {
          ADD_FAILURE() << At(file, check) << ": bad JSON value";
          continue;
        }
        EXPECT_TRUE(result->contains(pointer)) << At(file, check) << "\n  output: " << result->dump();
        if (result->contains(pointer)) {
          EXPECT_EQ(result->at(pointer), *want) << At(file, check);
        }
      }
    } else if (verdict == "error" || verdict == "forbidden") {
      if (result.ok()) {
        ADD_FAILURE() << At(file, line) << "\n  was accepted; expected " << expect.text;
        continue;
      }
      const auto code = verdict == "error" ? ErrorCode::kValidation : ErrorCode::kForbidden;
      EXPECT_EQ(result.error().code, code) << At(file, line) << ": " << result.error().message;
      EXPECT_EQ(result.error().field, field) << At(file, line) << "\n  message: " << result.error().message;
      EXPECT_FALSE(result.error().message.empty()) << At(file, line);
      // Plain messages for a practitioner: no field ids or JSON in the words (R33, R35).
      EXPECT_EQ(result.error().message.find('_'), std::string::npos) << At(file, line) << ": " << result.error().message;
    } else {
      ADD_FAILURE() << At(file, expect) << " (expected ok, forbidden or error <field>)";
    }
  }
  return count;
}

// R18, R19, R6, R27, R31: visits, unsuccessful visits, management decisions, marked sections.
TEST(VisitR18R19R27R31, CasesFromFile) { EXPECT_GE(RunCaseFile("visits.txt"), 30); }

// R3, R4, R5, R7, R13: people, parental responsibility, living arrangements, family time, providers.
TEST(HouseholdR3R4R5R7R13, CasesFromFile) { EXPECT_GE(RunCaseFile("household.txt"), 25); }

// R2: identity changes with evidence.
TEST(IdentityR2, CasesFromFile) { EXPECT_GE(RunCaseFile("identity.txt"), 12); }

// R27: only managers record management decisions.
TEST(ManagementDecisionR6R27, ManagerRoles) {
  EXPECT_TRUE(IsManagerRole("team_manager"));
  EXPECT_TRUE(IsManagerRole("senior_manager"));
  for (const char* role : {"practitioner", "first_contact", "edt", "administrator", "", "Team_Manager"}) {
    EXPECT_FALSE(IsManagerRole(role)) << role;
    auto status = CheckMayRecordDecision(role);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::kForbidden);
  }
}

// R31 and R35: every kind of information is explained in plain words.
TEST(InformationMarksR31, KindsAreExplained) {
  for (const auto& kind : InformationKinds()) {
    EXPECT_FALSE(InformationKindExplanation(kind).empty()) << kind;
    EXPECT_FALSE(InformationKindLabel(kind).empty()) << kind;
  }
  EXPECT_EQ(InformationKinds().size(), 5u);
}

// R35: legal terms and parental responsibility bases carry explanations; codes are unique.
TEST(HouseholdR3R4, ListsHaveLabelsAndExplanations) {
  for (const auto* list : {&ParentalResponsibilityBases(), &LegalStatuses()}) {
    std::set<std::string> codes;
    for (const auto& c : *list) {
      EXPECT_TRUE(codes.insert(c.code).second) << c.code;
      EXPECT_FALSE(c.label.empty()) << c.code;
      EXPECT_FALSE(c.explanation.empty()) << c.code;
    }
  }
  std::set<std::string> codes;
  for (const auto& t : RelationshipTypes()) {
    EXPECT_TRUE(codes.insert(t.code).second) << t.code;
    EXPECT_FALSE(t.label.empty());
  }
  for (const char* code : {"mother", "father", "step_father", "brother", "sister", "half_brother", "half_sister",
                           "grandmother", "aunt", "uncle", "foster_carer", "friend", "neighbour", "youth_worker",
                           "teacher"}) {
    EXPECT_NE(FindRelationshipType(code), nullptr) << code;
  }
  EXPECT_TRUE(IsSiblingRelationship("half_sister"));
  EXPECT_FALSE(IsSiblingRelationship("cousin"));
}

}  // namespace
}  // namespace childrecord

namespace childrecord {
namespace {

// R4: a living arrangement's every problem is reported at once, in the order of the form's fields,
// so the page shows them all in one error summary without running the rules again.
TEST(LivingArrangementR4, EveryErrorIsReportedAtOnceInTheFormsOrder) {
  auto built = BuildLivingArrangement(Json{{"effective_from", "2999-01-01"},
                                           {"place_kind", "spaceship"},
                                           {"legal_status", "care_order"},
                                           {"order", {{"made_on", "not a date"}}},
                                           {"provider_name", 42}},
                                      "child-1", kNow);
  ASSERT_FALSE(built.ok());
  std::vector<std::string> fields;
  for (const Error& e : built.error().All()) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"effective_from", "place_kind", "place", "with_whom", "order.made_on",
                                              "order.court", "provider_name"}));
}

// R2: an identity change's every problem at once: the date, then each detail's value and evidence.
TEST(IdentityR2, EveryErrorIsReportedAtOnce) {
  auto built = BuildIdentityChanged(Json{{"effective_from", "2999-01-01"},
                                         {"changes",
                                          {{"nhs_number", {{"value", "943 476 5910"}}},
                                           {"full_name", {{"value", ""}}},
                                           {"favourite_colour", {{"value", "blue"}}}}}},
                                    "child-1", kNow);
  ASSERT_FALSE(built.ok());
  std::vector<std::string> fields;
  for (const Error& e : built.error().All()) fields.push_back(e.field);
  ASSERT_GE(fields.size(), 4u);
  EXPECT_EQ(fields[0], "effective_from");
  EXPECT_EQ(fields[1], "changes.favourite_colour");
  auto has = [&](const std::string& prefix) {
    return std::any_of(fields.begin(), fields.end(), [&](const std::string& f) { return f.starts_with(prefix); });
  };
  EXPECT_TRUE(has("changes.full_name")) << "an empty name";
  EXPECT_TRUE(has("changes.nhs_number")) << "an NHS number whose check digit is wrong";
}

TEST(LivingArrangementR4, AnAcceptedArrangementIsUnchangedByCollectingErrors) {
  auto built = BuildLivingArrangement(Json{{"effective_from", "2026-01-15"},
                                           {"place_kind", "foster_care"},
                                           {"place", "Foster home in Durham"},
                                           {"with_whom", "Sue and Dave"},
                                           {"legal_status", "interim_care_order"},
                                           {"order", {{"made_on", "2026-01-14"}, {"court", "Durham Family Court"}}}},
                                      "child-1", kNow);
  ASSERT_TRUE(built.ok()) << built.error().message;
  EXPECT_EQ((*built)["order"]["court"], "Durham Family Court");
  EXPECT_EQ((*built)["legal_status"], "interim_care_order");
}

}  // namespace
}  // namespace childrecord
