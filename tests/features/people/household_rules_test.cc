// The household's pure rules (R3, R4, R5, R7, R13) from cases/household.txt (features/json_rule_cases.h).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "features/json_rule_cases.h"

namespace childrecord::testing {
namespace {

constexpr char kCases[] = "tests/features/people/cases/";

// R3, R4, R5, R7, R13: people, parental responsibility, living arrangements, family time, providers.
TEST(HouseholdR3R4R5R7R13, CasesFromFile) { EXPECT_GE(RunCaseFile("household.txt", kCases), 25); }

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
  for (const char* code :
       {"mother", "father", "step_father", "brother", "sister", "half_brother", "half_sister", "grandmother", "aunt",
        "uncle", "foster_carer", "friend", "neighbour", "youth_worker", "teacher"}) {
    EXPECT_NE(FindRelationshipType(code), nullptr) << code;
  }
  EXPECT_TRUE(IsSiblingRelationship("half_sister"));
  EXPECT_FALSE(IsSiblingRelationship("cousin"));
}

// R4: a living arrangement's every problem is reported at once, in the order of the form's fields,
// so the page shows them all in one error summary without running the rules again.
TEST(LivingArrangementR4, EveryErrorIsReportedAtOnceInTheFormsOrder) {
  auto built = BuildLivingArrangement(Json{{"effective_from", "2999-01-01"},
                                           {"place_kind", "spaceship"},
                                           {"legal_status", "care_order"},
                                           {"order", {{"made_on", "not a date"}}},
                                           {"provider_name", 42}},
                                      "child-1", kRuleCasesNow);
  ASSERT_FALSE(built.ok());
  std::vector<std::string> fields;
  for (const Error& e : built.error().All()) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"effective_from", "place_kind", "place", "with_whom", "order.made_on",
                                              "order.court", "provider_name"}));
}

TEST(LivingArrangementR4, AnAcceptedArrangementIsUnchangedByCollectingErrors) {
  auto built = BuildLivingArrangement(Json{{"effective_from", "2026-01-15"},
                                           {"place_kind", "foster_care"},
                                           {"place", "Foster home in Durham"},
                                           {"with_whom", "Sue and Dave"},
                                           {"legal_status", "interim_care_order"},
                                           {"order", {{"made_on", "2026-01-14"}, {"court", "Durham Family Court"}}}},
                                      "child-1", kRuleCasesNow);
  ASSERT_TRUE(built.ok()) << built.error().message;
  EXPECT_EQ((*built)["order"]["court"], "Durham Family Court");
  EXPECT_EQ((*built)["legal_status"], "interim_care_order");
}

}  // namespace
}  // namespace childrecord::testing
