// R20, R23, R27, R37, R38: the Child and Family Assessment's rules (cases/assessment.txt): the
// timescale of 45 working days across bank holidays, the required sections, the views and their
// support, and a manager's decision that is never the author's own.
#include "features/assessment/assessment_rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/source_root.h"
#include "core/time_format.h"
#include "record/case_file.h"
#include "record/repository_calendar.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;
using testing::Words;

constexpr char kCases[] = "tests/features/assessment/cases/";

const WorkingDayCalendar& Calendar() { return testing::RepositoryCalendar(); }

// Noon in London on `iso`: the fake "now" of a case.
TimePoint NoonOn(const std::string& iso) { return *LondonLocalToUtc(*ParseIsoDate(iso), 12, 0); }

AssessmentRecord Record() {
  return AssessmentRecord{.child_id = "child-1",
                          .child_name = "Amara Okafor",
                          .referral_received_on = "2026-11-02",
                          .people = {{"p-mum", "Grace Okafor"}, {"p-gran", "Ruth Okafor"}}};
}

AssessmentState State(const std::string& status, Json content = Json::object()) {
  return AssessmentState{.id = "a-1",
                         .child_id = "child-1",
                         .status = status,
                         .version = 3,
                         .author_ids = {"p-1", "p-2"},
                         .content = std::move(content),
                         .authorised_on = status == "authorised" ? "2026-11-30" : ""};
}

// Runs one case; the payload, or the error.
Result<Json> RunCase(const std::string& text) {
  const size_t arrow = text.find(" > ");
  EXPECT_NE(arrow, std::string::npos) << text;
  const auto words = Words(text.substr(0, arrow));
  Json input = Json::parse(text.substr(arrow + 3), nullptr, false);
  EXPECT_FALSE(input.is_discarded()) << text;
  if (words[0] == "start") {
    AssessmentRecord record = Record();
    if (words.size() > 2 && words[2] == "unfinished") record.unfinished_started_on = words[3];
    if (words.size() > 2 && words[2] == "closed") record.closed = true;
    return BuildAssessmentStarted(input, "a-1", record, Calendar(), NoonOn(words[1]));
  }
  if (words[0] == "save") return BuildAssessmentSaved(input, State(words[1]), Record());
  if (words[0] == "complete") return BuildAssessmentCompleted(State(words[1], input));
  // decide: the content holds the outcome the authorisation carries.
  CR_ASSIGN_OR_RETURN(AssessmentDecision d, BuildAssessmentDecision(input, State(words[2], {{"outcome", "early_help"}}),
                                                                    words[1], NoonOn("2026-12-04")));
  return d.payload;
}

TEST(AssessmentRules, CasesFromTheFile_R20_R23_R27_R37_R38) {
  const std::string file = "assessment.txt";
  auto lines = ReadCaseFile(file, kCases);
  int ran = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto& line = lines[i];
    ++ran;
    auto [verb, rest] = SplitFirst(line.text);
    if (verb == "due") {
      auto w = Words(rest);
      ASSERT_EQ(w.size(), 3u) << At(file, line);
      EXPECT_EQ(FormatIsoDate(AssessmentDueOn(Calendar(), *ParseIsoDate(w[0]))), w[2]) << At(file, line);
      continue;
    }
    if (verb == "overdue") {
      auto w = Words(rest);
      ASSERT_EQ(w.size(), 5u) << At(file, line);
      EXPECT_EQ(AssessmentOverdue(w[0], w[1], *ParseIsoDate(w[2])) ? "yes" : "no", w[4]) << At(file, line);
      continue;
    }
    if (verb == "late") {
      auto w = Words(rest);
      ASSERT_EQ(w.size(), 5u) << At(file, line);
      EXPECT_EQ(AssessmentAuthorisedLate(w[0], w[1], w[2] == "-" ? "" : w[2]) ? "yes" : "no", w[4]) << At(file, line);
      continue;
    }
    ASSERT_LT(i + 1, lines.size()) << At(file, line) << " has no expectation";
    const auto& expect = lines[++i];
    auto built = RunCase(line.text);
    if (expect.text == "= ok") {
      ASSERT_TRUE(built.ok()) << At(file, line) << ": " << built.error().message;
      while (i + 1 < lines.size() && lines[i + 1].indented && lines[i + 1].text.starts_with("/")) {
        const auto& check = lines[++i];
        auto [pointer, value] = SplitFirst(check.text);
        Json want = Json::parse(value.substr(value.find('=') + 1), nullptr, false);
        EXPECT_EQ((*built)[Json::json_pointer(pointer)], want) << At(file, check);
      }
      continue;
    }
    ASSERT_FALSE(built.ok()) << At(file, line) << " was allowed";
    if (expect.text == "= conflict") {
      EXPECT_EQ(built.error().code, ErrorCode::kConflict) << At(file, line) << ": " << built.error().message;
      continue;
    }
    if (expect.text == "= forbidden") {
      EXPECT_EQ(built.error().code, ErrorCode::kForbidden) << At(file, line) << ": " << built.error().message;
      continue;
    }
    auto [word, fields] = SplitFirst(expect.text.substr(2));
    ASSERT_EQ(word, "error") << At(file, expect);
    std::vector<std::string> got;
    for (const Error& e : built.error().All()) {
      EXPECT_EQ(e.code, ErrorCode::kValidation) << At(file, line);
      got.push_back(e.field);
    }
    EXPECT_EQ(got, Words(fields)) << At(file, line) << ": " << built.error().message;
  }
  EXPECT_GE(ran, 40);
}

// R27: the refusal says why, in words a manager understands.
TEST(AssessmentRules, AnAuthorsOwnAuthorisationIsRefusedClearly_R27) {
  auto d = BuildAssessmentDecision(Json{{"decision", "authorise"}, {"reasons", "Fine"}}, State("submitted"), "p-2",
                                   NoonOn("2026-12-04"));
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().message, kNoSelfAuthorisation);
}

// R20, R35: the missing sections are named in plain words.
TEST(AssessmentRules, MissingSectionsSayWhatToWrite_R20) {
  auto missing = MissingSections(Json::object());
  ASSERT_EQ(missing.size(), 7u);
  EXPECT_EQ(missing[3].message, "Record the child’s views in their own words (or what their behaviour tells us)");
}

}  // namespace
}  // namespace childrecord
