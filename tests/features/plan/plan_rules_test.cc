// R24: the plan's rules from the data file cases/plan.txt — the review timescales (with England's
// bank holidays), overdue actions and every bad input of starting, goals, actions, reviews and
// ending, each error naming its field, all at once.
#include "features/plan/plan_rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/source_root.h"
#include "record/case_file.h"
#include "record/repository_calendar.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;
using testing::Words;

constexpr char kCases[] = "tests/features/plan/cases/";

const WorkingDayCalendar& Calendar() { return testing::RepositoryCalendar(); }

Date Day(const std::string& text) {
  auto day = ParseIsoDate(text);
  EXPECT_TRUE(day.has_value()) << text;
  return day.value_or(Date{});
}

// 4 December 2026, midday in London (GMT).
TimePoint Now() { return *ParseRfc3339("2026-12-04T12:00:00Z"); }

PlanDetail ThePlan(bool ended) {
  PlanDetail p;
  p.plan.id = "p-1";
  p.plan.child_id = "c-1";
  p.plan.kind = "child_protection";
  p.plan.started_on = "2026-10-01";
  if (ended) {
    p.plan.ended_on = "2026-12-01";
    p.plan.end_reason = "Stepped down";
  }
  p.goals = {{"g-1", "p-1", "Sam goes to school every day", "", ""}, {"g-2", "p-1", "Sam is healthy", "", ""}};
  PlanAction a;
  a.id = "a-1";
  a.plan_id = "p-1";
  a.goal_id = "g-1";
  a.child_id = "c-1";
  a.description = "Meet the school";
  a.owner_kind = "worker";
  a.owner_user_id = "w-1";
  a.owner_name = "Ada Worker";
  a.due_on = "2026-11-20";
  a.status = "open";
  a.version = 1;
  p.actions = {a};
  return p;
}

ActionOwners Owners() { return ActionOwners{{{"pe-1", "Jo Smith"}}, "w-1", "Ada Worker"}; }

Result<Json> RunCase(const std::string& verb, const Json& input) {
  const bool ended = verb.starts_with("ended-");
  const std::string what = ended ? verb.substr(6) : verb;
  const PlanDetail plan = ThePlan(ended);
  if (what == "start") return BuildPlanStarted(input, "c-1", "p-new", {plan.plan}, Now());
  if (what == "goal") return BuildGoalAdded(input, plan, "g-new");
  if (what == "action") return BuildActionAdded(input, plan, "a-new", Owners());
  if (what == "end") return BuildPlanEnded(input, plan, Now());
  if (what == "review") {
    CR_ASSIGN_OR_RETURN(ReviewEvents events, BuildReviewHeld(input, plan, "r-1", {"a-n1", "a-n2"}, Owners(), Now()));
    return Json{{"review", events.review}, {"added", events.added}, {"changed", events.changed}};
  }
  return Error::Internal("unknown verb " + verb);
}

TEST(PlanRules, CasesFromTheFile_R24) {
  const WorkingDayCalendar calendar = Calendar();
  const std::string file = "plan.txt";
  auto lines = ReadCaseFile(file, kCases);
  int ran = 0;
  for (size_t i = 0; i + 1 < lines.size(); i += 2) {
    const auto& line = lines[i];
    const auto& expect = lines[i + 1];
    ASSERT_TRUE(expect.indented && expect.text.starts_with("= ")) << At(file, expect);
    const std::string expected = expect.text.substr(2);
    auto [verb, rest] = SplitFirst(line.text);
    ++ran;
    if (verb == "due") {
      auto w = Words(rest);
      ASSERT_EQ(w.size(), 4u) << At(file, line);
      Plan plan;
      plan.kind = w[0];
      plan.started_on = w[1];
      std::vector<std::string> held;
      if (w[2] != "-") {
        std::stringstream list(w[2]);
        for (std::string d; std::getline(list, d, ',');) held.push_back(d);
      }
      auto due = NextReviewDue(plan, held, calendar);
      const std::string got = due ? due->rule_id + " " + FormatIsoDate(due->due_by) + " " +
                                        (ReviewOverdue(*due, Day(w[3])) ? "overdue" : "on-time")
                                  : "none";
      EXPECT_EQ(got, expected) << At(file, line);
      continue;
    }
    if (verb == "action-overdue") {
      auto w = Words(rest);
      ASSERT_EQ(w.size(), 3u) << At(file, line);
      PlanAction a;
      a.status = w[0];
      a.due_on = w[1];
      EXPECT_EQ(ActionOverdue(a, Day(w[2])) ? "yes" : "no", expected) << At(file, line);
      continue;
    }
    Json input = Json::parse(rest, nullptr, false);
    ASSERT_FALSE(input.is_discarded()) << At(file, line);
    auto built = RunCase(verb, input);
    if (expected == "ok") {
      EXPECT_TRUE(built.ok()) << At(file, line) << ": " << (built.ok() ? "" : built.error().message);
      continue;
    }
    ASSERT_FALSE(built.ok()) << At(file, line) << " was allowed";
    if (expected == "conflict") {
      EXPECT_EQ(built.error().code, ErrorCode::kConflict) << At(file, line) << ": " << built.error().message;
      continue;
    }
    auto [word, fields] = SplitFirst(expected);
    ASSERT_EQ(word, "error") << At(file, expect);
    EXPECT_EQ(built.error().code, ErrorCode::kValidation) << At(file, line);
    std::vector<std::string> got;
    for (const Error& e : built.error().All()) got.push_back(e.field);
    EXPECT_EQ(got, Words(fields)) << At(file, line) << ": " << built.error().message;
  }
  EXPECT_GE(ran, 40);
}

// R24: a review's next steps — an action marked done is a new version, the earlier kept.
TEST(PlanRules, AReviewMarksAnActionDoneAsItsNextVersion_R24) {
  Json input = Json::parse(R"({"held_on": "2026-12-03", "attendees": [{"name": "Jo Smith", "role": "mum"}],
    "views": [{"whose": "child", "words": "I like school"}],
    "progress": [{"goal_id": "g-1", "progress": "Better"}, {"goal_id": "g-2", "progress": "Same"}],
    "decisions": "Continue", "changed_actions": [{"action_id": "a-1", "status": "done"}]})");
  auto events = BuildReviewHeld(input, ThePlan(false), "r-1", {}, Owners(), Now());
  ASSERT_TRUE(events.ok()) << events.error().message;
  ASSERT_EQ(events->changed.size(), 1u);
  EXPECT_EQ(events->changed[0]["version"], 2);
  EXPECT_EQ(events->changed[0]["status"], "done");
  EXPECT_EQ(events->changed[0]["done_on"], "2026-12-03");
  EXPECT_EQ(events->changed[0]["review_id"], "r-1");
  EXPECT_EQ(events->changed[0]["owner_name"], "Ada Worker");
}

TEST(PlanRules, TheRefusalOfASecondPlanOfAKindSaysWhenTheFirstStarted_R24) {
  auto built = BuildPlanStarted(Json{{"kind", "child_protection"}, {"started_on", "2026-12-01"}}, "c-1", "p-2",
                                {ThePlan(false).plan}, Now());
  ASSERT_FALSE(built.ok());
  EXPECT_NE(built.error().message.find("1 October 2026"), std::string::npos) << built.error().message;
}

}  // namespace
}  // namespace childrecord
