// The identity's pure rules (R2) from cases/identity.txt (features/json_rule_cases.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "features/json_rule_cases.h"

namespace childrecord::testing {
namespace {

constexpr char kCases[] = "tests/features/identity/cases/";

// R2: identity changes with evidence.
TEST(IdentityR2, CasesFromFile) { EXPECT_GE(RunCaseFile("identity.txt", kCases), 12); }

// R2: an identity change's every problem at once: the date, then each detail's value and evidence.
TEST(IdentityR2, EveryErrorIsReportedAtOnce) {
  auto built = BuildIdentityChanged(Json{{"effective_from", "2999-01-01"},
                                         {"changes",
                                          {{"nhs_number", {{"value", "943 476 5910"}}},
                                           {"full_name", {{"value", ""}}},
                                           {"favourite_colour", {{"value", "blue"}}}}}},
                                    "child-1", kRuleCasesNow);
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

// R2, R20: an unknown sex is reported with every other problem, each naming its field.
TEST(IdentityR20, AnUnknownSexIsReportedWithEveryOtherError) {
  auto built = BuildIdentityChanged(Json{{"effective_from", "2999-01-01"},
                                         {"changes",
                                          {{"sex", {{"value", "boy"}}},
                                           {"nhs_number", {{"value", "943 476 5910"}}},
                                           {"upn", {{"value", "A801200005001"}}}}}},
                                    "child-1", kRuleCasesNow);
  ASSERT_FALSE(built.ok());
  std::vector<std::string> fields;
  for (const Error& e : built.error().All()) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"effective_from", "changes.sex.value", "changes.nhs_number.value",
                                              "changes.upn.value"}));
}

// R2, R20: the child's sex reads in words, never as its code.
TEST(IdentityR20, TheSexReadsInWords) {
  Identity identity;
  identity.details["sex"] = IdentityDetail{Json("not_known"), Json(nullptr), "2020-01-01"};
  EXPECT_EQ(identity.Text("sex"), "Not known");
  identity.details["sex"] = IdentityDetail{Json("female"), Json(nullptr), "2020-01-01"};
  EXPECT_EQ(identity.Text("sex"), "Female");
}

}  // namespace
}  // namespace childrecord::testing
