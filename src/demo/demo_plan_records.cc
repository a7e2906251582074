#include "demo/demo_plan_records.h"

#include <array>

#include "core/ids.h"
#include "demo/demo_calendar.h"
#include "features/plan/plan_events.h"
#include "features/plan/plan_rules.h"

namespace childrecord::demo {
namespace {

using std::chrono::days;

struct KindText {
  const char* kind;
  std::array<const char*, 2> goals;
  std::array<const char*, 3> actions;
};

// Goals in words the family would use (R33), and the actions that serve them (R24).
const std::array<KindText, 4>& Kinds() {
  static const std::array<KindText, 4> kinds = {{
      {"child_protection",
       {"The children are safe at home and know who to call if they are worried",
        "Mum gets the support she needs with her mental health"},
       {"Visit the children at home every two weeks and see them on their own",
        "Refer Mum to the community mental health team", "Agree a safety plan with Mum and Nan for the evenings"}},
      {"child_in_need",
       {"The child goes to school every day and feels settled there", "The family's home is warm and safe"},
       {"Meet the school to agree a plan for mornings", "Apply to the household support fund for bedding",
        "Check in with the family about how mornings are going"}},
      {"care_plan",
       {"The child feels settled with their foster carers", "The child keeps in touch with their brother"},
       {"Arrange family time with their brother every other Saturday",
        "Ask the virtual school for extra tuition in maths", "Book the child's health assessment"}},
      {"pathway_plan",
       {"The young person has a safe place to live when they turn 18",
        "The young person is in education, training or work"},
       {"Apply for supported lodgings with the young person", "Go with the young person to the college open day",
        "Help the young person open a bank account"}},
  }};
  return kinds;
}

std::string Iso(std::chrono::sys_days d) { return FormatIsoDate(Date{d}); }

}  // namespace

void AddRecordPlans(std::vector<Batch>& batches, int64_t& next_order, const std::string& child_id, const Staff& worker,
                    TimePoint opened, TimePoint end, int ordinal) {
  // Of every nine records: three child protection plans (or care plans in the children in care
  // team), two child in need plans (or pathway plans), one care plan, and three with no plan.
  const int slot = ordinal % 9;
  if (slot >= 6) return;
  const bool in_care_team = worker.team == kInCare;
  const size_t kind = in_care_team ? (slot < 4 ? 2 : 3) : (slot < 3 ? 0 : slot < 5 ? 1 : 2);
  const KindText& text = Kinds()[kind];
  const auto last_day = Day(end) - days(1);
  const auto start = WorkingDay(Day(opened) + days(10 + ordinal % 15));
  if (start + days(7) > last_day) return;
  const std::string& actor = worker.id;
  auto at = [](std::chrono::sys_days d, int hour) { return AtTime(d, hour * 60); };
  auto push = [&](TimePoint when, std::vector<NewEvent> events) {
    batches.push_back(Batch{when, actor, std::move(events), next_order++});
  };

  PlanDetail plan;
  plan.plan.id = NewId();
  plan.plan.child_id = child_id;
  plan.plan.kind = text.kind;
  plan.plan.started_on = Iso(start);
  auto started = BuildPlanStarted(Json{{"kind", text.kind}, {"started_on", Iso(start)}}, child_id, plan.plan.id, {},
                                  at(start, 14));
  if (!started.ok()) return;
  std::vector<NewEvent> first{{events::kPlanStarted, *started}};
  for (const char* title : text.goals) {
    PlanGoal goal{NewId(), plan.plan.id, title, "", ""};
    auto added = BuildGoalAdded(Json{{"title", title}}, plan, goal.id);
    if (!added.ok()) return;
    first.push_back({events::kPlanGoalAdded, *added});
    plan.goals.push_back(goal);
  }
  // Who will do what by when: the worker, then named professionals (R24).
  const ActionOwners owners{{}, worker.id, worker.full_name};
  const std::array<Json, 3> who = {Json{{"kind", "worker"}},
                                   Json{{"kind", "named"}, {"name", "Priya Shah"}, {"role", "school nurse"}},
                                   Json{{"kind", "named"}, {"name", "Tom Reed"}, {"role", "family support worker"}}};
  const std::array<int, 3> due_in = {21, 35, 70};
  for (size_t i = 0; i < 3; ++i) {
    const std::string id = NewId();
    Json input{{"goal_id", plan.goals[i % 2].id},
               {"description", text.actions[i]},
               {"owner", who[i]},
               {"due_on", Iso(start + days(due_in[i]))}};
    auto added = BuildActionAdded(input, plan, id, owners);
    if (!added.ok()) return;
    first.push_back({events::kPlanActionAdded, *added});
    PlanAction a;
    a.id = id;
    a.goal_id = (*added)["goal_id"].get<std::string>();
    a.description = text.actions[i];
    a.owner_kind = (*added)["owner_kind"].get<std::string>();
    a.owner_name = (*added)["owner_name"].get<std::string>();
    a.due_on = (*added)["due_on"].get<std::string>();
    a.status = "open";
    a.version = 1;
    if (i == 0) a.owner_user_id = worker.id;
    if (i > 0) a.owner_role = (*added)["owner_role"].get<std::string>();
    plan.actions.push_back(a);
  }
  push(at(start, 15), std::move(first));

  // The first review on time, except on every other child protection plan, whose first review is
  // overdue (R24: within 3 months); a child in care's within 20 working days.
  const bool overdue_review = kind == 0 && ordinal % 2 == 0;
  const auto review_day = WorkingDay(start + days(kind == 2 ? 20 : 60 + ordinal % 20));
  if (overdue_review || review_day > last_day) return;
  // Progress on each goal, the views in their own words, the first action done and a next step.
  Json input{
      {"held_on", Iso(review_day)},
      {"attendees",
       {{{"name", worker.full_name}, {"role", "social worker"}},
        {{"name", "Priya Shah"}, {"role", "school nurse"}},
        {{"name", "Tom Reed"}, {"role", "family support worker"}}}},
      {"views",
       {{{"whose", "child"}, {"words", "I like it when we do things together after school."}},
        {{"whose", "parent"}, {"name", "Mum"}, {"words", "Things are calmer. I still need help in the mornings."}}}},
      {"progress",
       {{{"goal_id", plan.goals[0].id}, {"progress", "Good progress: the plan is helping and everyone can see it."}},
        {{"goal_id", plan.goals[1].id}, {"progress", "Some progress; this goal needs more time."}}}},
      {"decisions", "The plan continues. The next review is in line with the timescales."},
      {"next_steps", "Keep going with the actions that are working."},
      {"changed_actions", Json::array()},
      {"new_actions",
       {{{"goal_id", plan.goals[1].id},
         {"description", "Ask the family what would help most before the next review"},
         {"owner", {{"kind", "worker"}}},
         {"due_on", Iso(review_day + days(28))}}}}};
  // The actions due by the review are done, but on one plan in three the second is still to do
  // (and so past its date).
  for (size_t i = 0; i < plan.actions.size(); ++i) {
    if (plan.actions[i].due_on >= Iso(review_day) || (i == 1 && ordinal % 3 == 0)) continue;
    input["changed_actions"].push_back({{"action_id", plan.actions[i].id}, {"status", "done"}});
  }
  auto review = BuildReviewHeld(input, plan, NewId(), {NewId()}, owners, at(review_day, 16));
  if (!review.ok()) return;
  std::vector<NewEvent> held{{events::kPlanReviewHeld, review->review}};
  for (Json& a : review->added) held.push_back({events::kPlanActionAdded, std::move(a)});
  for (Json& c : review->changed) held.push_back({events::kPlanActionChanged, std::move(c)});
  push(at(review_day, 17), std::move(held));
}

}  // namespace childrecord::demo
