// R24 in the store, on both backends: a plan started, goals and actions added, a review held that
// marks an action done (a new version, the first kept) and adds one, the plan ended; the overdue
// actions by record, team and worker, "started or ended since" and "a child protection plan in
// force" read by index; verify replays it all. Dates derive from the fixture's fake clock.
#include <gtest/gtest.h>

#include "core/ids.h"
#include "features/plan/plan_events.h"
#include "features/plan/plan_repository.h"
#include "features/plan/plan_service.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

std::string DaysFrom(Date day, int days) {
  return FormatIsoDate(Date{std::chrono::sys_days{day} + std::chrono::days{days}});
}

class PlanStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Plan County Council", 0);
    who_.user.id = r_.worker_id;
    who_.user.full_name = "Sam Worker";
    who_.user.role = "practitioner";
    who_.user.team_id = r_.team_id;
    who_.user.active = true;
    today_ = LondonDate(clock().Now());
    access_ = std::make_unique<RecordAccess>(store(), r_.tenant.id);
  }

  PlanService Service() {
    return PlanService(store(), r_.tenant.id, *access_, std::make_shared<const WorkingDayCalendar>());
  }

  SeededRecord r_;
  Principal who_;
  Date today_;
  std::unique_ptr<RecordAccess> access_;
};

TEST_P(PlanStoreTest, APlanItsGoalsActionsReviewAndEndingAreKept_R24) {
  PlanService plans = Service();
  auto started =
      plans.Start(who_, r_.child_id, Json{{"kind", "child_protection"}, {"started_on", DaysFrom(today_, -40)}});
  ASSERT_TRUE(started.ok()) << started.error().message;
  const std::string plan_id = started->plan.id;
  // At most one plan of each kind in force (R24).
  auto second =
      plans.Start(who_, r_.child_id, Json{{"kind", "child_protection"}, {"started_on", DaysFrom(today_, -1)}});
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().field, "kind");

  ASSERT_TRUE(plans.AddGoal(who_, plan_id, Json{{"title", "Sam goes to school every day"}}).ok());
  auto with_goals = plans.AddGoal(who_, plan_id, Json{{"title", "Sam is healthy"}});
  ASSERT_TRUE(with_goals.ok());
  ASSERT_EQ(with_goals->goals.size(), 2u);
  const std::string g1 = with_goals->goals[0].id, g2 = with_goals->goals[1].id;
  // The worker's action is past its date; the named nurse's is not due yet.
  auto late = plans.AddAction(who_, plan_id,
                              Json{{"goal_id", g1},
                                   {"description", "Meet the school"},
                                   {"owner", {{"kind", "worker"}}},
                                   {"due_on", DaysFrom(today_, -3)}});
  ASSERT_TRUE(late.ok()) << late.error().message;
  auto later = plans.AddAction(who_, plan_id,
                               Json{{"goal_id", g2},
                                    {"description", "Health check"},
                                    {"owner", {{"kind", "named"}, {"name", "Pat Lee"}, {"role", "school nurse"}}},
                                    {"due_on", DaysFrom(today_, 20)}});
  ASSERT_TRUE(later.ok()) << later.error().message;
  ASSERT_EQ(later->actions.size(), 2u);
  const std::string late_id = later->actions[0].id;
  EXPECT_EQ(later->actions[0].owner_name, "Sam Worker");

  PlanRepository repository(store());
  const std::string today = FormatIsoDate(today_);
  auto overdue = repository.OverdueActionsForChild(r_.tenant.id, r_.child_id, today);
  ASSERT_TRUE(overdue.ok()) << overdue.error().message;
  ASSERT_EQ(overdue->size(), 1u);
  EXPECT_EQ((*overdue)[0].description, "Meet the school");
  auto team = repository.OverdueActionsForTeam(r_.tenant.id, r_.team_id, today);
  ASSERT_TRUE(team.ok()) << team.error().message;
  ASSERT_EQ(team->size(), 1u);
  EXPECT_EQ((*team)[0].plan_kind, "child_protection");
  auto mine = repository.OverdueActionsForWorker(r_.tenant.id, r_.worker_id, today);
  ASSERT_TRUE(mine.ok()) << mine.error().message;
  EXPECT_EQ(mine->size(), 1u);

  // A review: the late action done (its second version), a new one added.
  auto reviewed = plans.RecordReview(
      who_, plan_id,
      Json{{"held_on", DaysFrom(today_, -1)},
           {"attendees", {{{"name", "Jo Smith"}, {"role", "mum"}}}},
           {"views", {{{"whose", "child"}, {"words", "I like my new teacher"}}}},
           {"progress",
            {{{"goal_id", g1}, {"progress", "Every day this week"}}, {{"goal_id", g2}, {"progress", "Same"}}}},
           {"decisions", "The plan continues"},
           {"changed_actions", {{{"action_id", late_id}, {"status", "done"}}}},
           {"new_actions",
            {{{"goal_id", g1},
              {"description", "Ask about clubs"},
              {"owner", {{"kind", "worker"}}},
              {"due_on", DaysFrom(today_, 10)}}}}});
  ASSERT_TRUE(reviewed.ok()) << reviewed.error().message;
  ASSERT_EQ(reviewed->reviews.size(), 1u);
  EXPECT_EQ(reviewed->actions.size(), 3u);
  auto versions = repository.ActionVersions(r_.tenant.id, late_id);
  ASSERT_TRUE(versions.ok()) << versions.error().message;
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[0].status, "open");
  EXPECT_EQ((*versions)[1].status, "done");
  EXPECT_EQ((*versions)[1].review_id, reviewed->reviews[0].id);
  overdue = repository.OverdueActionsForChild(r_.tenant.id, r_.child_id, today);
  ASSERT_TRUE(overdue.ok());
  EXPECT_TRUE(overdue->empty());

  auto cp = repository.ChildProtectionPlanInForce(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(cp.ok());
  ASSERT_TRUE(cp->has_value());
  EXPECT_EQ((*cp)->id, plan_id);

  auto ended = plans.End(who_, plan_id, Json{{"ended_on", today}, {"reason", "The worries have reduced"}});
  ASSERT_TRUE(ended.ok()) << ended.error().message;
  EXPECT_FALSE(ended->plan.InForce());
  // A review of a plan that has ended is refused, and nothing is written.
  auto refused = plans.RecordReview(who_, plan_id, Json{{"held_on", today}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  cp = repository.ChildProtectionPlanInForce(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(cp.ok());
  EXPECT_FALSE(cp->has_value());

  // R25: the Case Note Summary asks which plans started or ended since a date.
  auto changes = repository.ChangedSince(r_.tenant.id, r_.child_id, DaysFrom(today_, -10));
  ASSERT_TRUE(changes.ok());
  ASSERT_EQ(changes->size(), 1u);
  EXPECT_EQ((*changes)[0].change, "ended");
  changes = repository.ChangedSince(r_.tenant.id, r_.child_id, DaysFrom(today_, -60));
  ASSERT_TRUE(changes.ok());
  ASSERT_EQ(changes->size(), 2u);
  EXPECT_EQ((*changes)[0].change, "started");

  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

// Bad input changes nothing: an action without an owner or a date for a goal not on the plan.
TEST_P(PlanStoreTest, ABadActionWritesNothing_R24) {
  PlanService plans = Service();
  auto started = plans.Start(who_, r_.child_id, Json{{"kind", "child_in_need"}, {"started_on", FormatIsoDate(today_)}});
  ASSERT_TRUE(started.ok()) << started.error().message;
  auto head = store().Head(r_.tenant.id);
  auto refused = plans.AddAction(who_, started->plan.id, Json{{"goal_id", "no-such-goal"}, {"description", "Visit"}});
  ASSERT_FALSE(refused.ok());
  std::vector<std::string> fields;
  for (const Error& e : refused.error().All()) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"goal_id", "owner", "due_on"}));
  auto after = store().Head(r_.tenant.id);
  ASSERT_TRUE(head.ok() && after.ok());
  EXPECT_EQ(head->seq, after->seq);
}

CHILDRECORD_INSTANTIATE_BACKENDS(PlanStoreTest);

}  // namespace
}  // namespace childrecord::testing
