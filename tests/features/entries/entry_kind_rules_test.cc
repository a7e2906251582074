// The entry kinds' pure rules (R18, R19, R6/R27, R31) from cases/visits.txt (features/json_rule_cases.h).
#include <gtest/gtest.h>

#include "auth/access_policy.h"
#include "features/json_rule_cases.h"

namespace childrecord::testing {
namespace {

constexpr char kCases[] = "tests/features/entries/cases/";

// R18, R19, R6, R27, R31: visits, unsuccessful visits, management decisions, marked sections.
TEST(VisitR18R19R27R31, CasesFromFile) { EXPECT_GE(RunCaseFile("visits.txt", kCases), 30); }

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

}  // namespace
}  // namespace childrecord::testing
