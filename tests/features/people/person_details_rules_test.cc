// R20: a person's details and the relationships between adults (person_details_rules.h), from
// cases/person_details.txt (features/json_rule_cases.h).
#include "features/people/person_details_rules.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "features/json_rule_cases.h"

namespace childrecord::testing {
namespace {

constexpr char kCases[] = "tests/features/people/cases/";

TEST(PersonDetailsR20, CasesFromFile) { EXPECT_GE(RunCaseFile("person_details.txt", kCases), 28); }

std::vector<std::string> FieldsOf(const Result<Json>& built) {
  std::vector<std::string> fields;
  if (!built.ok()) {
    for (const Error& e : built.error().All()) fields.push_back(e.field);
  }
  return fields;
}

// R20: a refused input names every field in error at once, in the form's order.
TEST(PersonDetailsR20, EveryErrorOfThePersonsDetailsAtOnce) {
  auto built = BuildPersonDetails(
      Json{{"sex", "dragon"}, {"born_on", "2099-01-01"}, {"birth_order", 0}, {"died", "maybe"}, {"died_on", "soon"}},
      "person-1", "child-1", 1, kRuleCasesNow);
  EXPECT_EQ(FieldsOf(built), (std::vector<std::string>{"sex", "born_on", "birth_order", "died", "died_on"}));
}

TEST(PersonDetailsR20, EveryErrorOfARelationshipAtOnce) {
  auto built = BuildPartnership(Json{{"first_person_id", "nobody"},
                                     {"second_person_id", ""},
                                     {"kind", "engaged"},
                                     {"starts_on", "2099-01-01"},
                                     {"ends_on", "no"}},
                                "child-1", {{"p-mum", "Kay Mum", "", ""}}, kRuleCasesNow);
  EXPECT_EQ(FieldsOf(built),
            (std::vector<std::string>{"first_person_id", "second_person_id", "kind", "starts_on", "ends_on"}));
}

// R35: each choice has words for the page; codes are unique.
TEST(PersonDetailsR20, ChoicesHaveLabels) {
  for (const auto* list : {&PersonSexes(), &PartnershipKinds()}) {
    std::set<std::string> codes;
    for (const auto& c : *list) {
      EXPECT_TRUE(codes.insert(c.code).second) << c.code;
      EXPECT_FALSE(c.label.empty()) << c.code;
    }
  }
  EXPECT_EQ(PartnershipKinds().size(), 5u);
}

}  // namespace
}  // namespace childrecord::testing
