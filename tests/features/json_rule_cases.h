#pragma once

// The features' pure rules driven by JSON case files in each feature's tests/features/<name>/cases/:
//   entries/cases/visits.txt     R18 (visit), R19 (unsuccessful visit), R6/R27 (management decision), R31 (sections)
//   people/cases/household.txt   R3 (home, parental responsibility), R4 (living arrangement), R5, R7, R13
//   people/cases/person_details.txt R20 (a person's details, relationships between adults)
//   identity/cases/identity.txt  R2 (identity changes)
// Each case is a line "> builder[@role] {json input}" followed by "ok", "forbidden" or
// "error <field>"; indented lines after "ok" check the output: "/json/pointer = <json value>".
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/time_format.h"
#include "features/entries/information_marks_rules.h"
#include "features/entries/visit_rules.h"
#include "features/identity/identity_rules.h"
#include "features/people/household_rules.h"
#include "features/people/person_details_rules.h"
#include "record/case_file.h"

namespace childrecord::testing {

inline const TimePoint kRuleCasesNow = *ParseRfc3339("2026-11-24T12:00:00Z");

inline Result<Json> RunRuleCase(const std::string& builder, const std::string& role, const Json& input) {
  if (builder == "visit" || builder == "unsuccessful_visit" || builder == "management_decision" ||
      builder == "phone_call") {
    return BuildEntryDetails(builder, input, role, kRuleCasesNow);
  }
  if (builder == "sections") return BuildSections(input);
  if (builder == "identity") return BuildIdentityChanged(input, "child-1", kRuleCasesNow);
  if (builder == "person_link") return BuildPersonLink(input, "child-1", "link-1", kRuleCasesNow);
  if (builder == "living") return BuildLivingArrangement(input, "child-1", kRuleCasesNow);
  if (builder == "family_time") return BuildFamilyTime(input, "child-1", kRuleCasesNow);
  if (builder == "provider") return BuildPrivateProviderUse(input, "child-1", kRuleCasesNow);
  // R20: the person of the details is "person-1", version 2; the record's adults are "p-mum" (born
  // 1985-02-02), "p-dad" (born 1983-01-01) and "p-nan" (died 2020-01-01).
  if (builder == "person_details") return BuildPersonDetails(input, "person-1", "child-1", 2, kRuleCasesNow);
  if (builder == "partnership") {
    return BuildPartnership(input, "child-1",
                            {{"p-mum", "Kay Mum", "1985-02-02", ""},
                             {"p-dad", "Lee Dad", "1983-01-01", ""},
                             {"p-nan", "Nan", "", "2020-01-01"}},
                            kRuleCasesNow);
  }
  return Error::Internal("unknown builder " + builder);
}

// Runs every case in `file` (in `folder`, relative to the source root); returns how many ran.
inline int RunCaseFile(const std::string& file, const std::string& folder) {
  auto lines = ReadCaseFile(file, folder);
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
    auto result = RunRuleCase(builder, role, *input);
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
      EXPECT_EQ(result.error().message.find('_'), std::string::npos)
          << At(file, line) << ": " << result.error().message;
    } else {
      ADD_FAILURE() << At(file, expect) << " (expected ok, forbidden or error <field>)";
    }
  }
  return count;
}

}  // namespace childrecord::testing
