#include "features/plan/plan_views.h"

namespace childrecord {

using fields::Kind;

const fields::Description<Plan>& Describe(const Plan*) {
  using V = Plan;
  static const fields::Description<Plan> description = {
      {"id", "p.id", &V::id},
      {"child_id", "p.child_id", &V::child_id},
      {"kind",
       "p.kind",
       &V::kind,
       Kind::kText,
       "the kind of plan",
       {"child_in_need", "child_protection", "care_plan", "pathway_plan"}},
      {"started_on", "p.started_on", &V::started_on, Kind::kDate, "the day the plan started"},
      {"started_by_id", "p.started_by", &V::started_by, Kind::kText, "", {}, /*internal=*/true},
      {"started_by", "s.full_name", &V::started_by_name, Kind::kText, "who recorded the start"},
      {"recorded_at", "p.recorded_at", &V::recorded_at, Kind::kInstant},
      {"ended_on", "p.ended_on", &V::ended_on, Kind::kOptionalDate, "the day the plan ended; null while in force"},
      {"end_reason", "p.end_reason", &V::end_reason, Kind::kOptionalText, "why the plan ended"},
      {"ended_by", "e.full_name", &V::ended_by_name, Kind::kOptionalText, "who recorded the ending"},
  };
  return description;
}

const fields::Description<PlanGoal>& Describe(const PlanGoal*) {
  using V = PlanGoal;
  static const fields::Description<PlanGoal> description = {
      {"id", "g.id", &V::id},
      {"plan_id", "g.plan_id", &V::plan_id, Kind::kText, "", {}, /*internal=*/true},
      {"title", "g.title", &V::title, Kind::kText, "what the plan is trying to achieve"},
      {"description", "g.description", &V::description, Kind::kOptionalText},
      {"recorded_at", "g.recorded_at", &V::recorded_at, Kind::kInstant},
  };
  return description;
}

const fields::Description<PlanAction>& Describe(const PlanAction*) {
  using V = PlanAction;
  static const fields::Description<PlanAction> description = {
      {"id", "a.id", &V::id},
      {"plan_id", "a.plan_id", &V::plan_id, Kind::kText, "", {}, /*internal=*/true},
      {"goal_id", "a.goal_id", &V::goal_id, Kind::kText, "the goal the action serves"},
      {"child_id", "a.child_id", &V::child_id, Kind::kText, "", {}, /*internal=*/true},
      {"description", "a.description", &V::description, Kind::kText, "what will be done"},
      {"owner_kind", "a.owner_kind", &V::owner_kind, Kind::kText, "who will do it", {"worker", "person", "named"}},
      {"owner_person_id", "a.owner_person_id", &V::owner_person_id, Kind::kOptionalText},
      {"owner_user_id", "a.owner_user_id", &V::owner_user_id, Kind::kOptionalText},
      {"owner_name", "a.owner_name", &V::owner_name, Kind::kText},
      {"owner_role", "a.owner_role", &V::owner_role, Kind::kOptionalText},
      {"due_on", "a.due_on", &V::due_on, Kind::kDate, "by when"},
      {"status", "a.status", &V::status, Kind::kText, "", {"open", "done"}},
      {"done_on", "a.done_on", &V::done_on, Kind::kOptionalDate},
      {"version", "a.version", &V::version, Kind::kInteger},
      {"review_id", "a.review_id", &V::review_id, Kind::kOptionalText, "the review that made this version"},
      {"recorded_at", "a.recorded_at", &V::recorded_at, Kind::kInstant},
  };
  return description;
}

const fields::Description<PlanActionVersion>& Describe(const PlanActionVersion*) {
  using V = PlanActionVersion;
  static const fields::Description<PlanActionVersion> description = {
      {"action_id", "v.action_id", &V::action_id},
      {"version", "v.version", &V::version, Kind::kInteger},
      {"description", "v.description", &V::description},
      {"owner_name", "v.owner_name", &V::owner_name},
      {"owner_role", "v.owner_role", &V::owner_role, Kind::kOptionalText},
      {"due_on", "v.due_on", &V::due_on, Kind::kDate},
      {"status", "v.status", &V::status},
      {"done_on", "v.done_on", &V::done_on, Kind::kOptionalDate},
      {"review_id", "v.review_id", &V::review_id, Kind::kOptionalText},
      {"changed_by", "u.full_name", &V::changed_by_name, Kind::kOptionalText},
      {"recorded_at", "v.recorded_at", &V::recorded_at, Kind::kInstant},
  };
  return description;
}

const fields::Description<PlanReview>& Describe(const PlanReview*) {
  using V = PlanReview;
  static const fields::Description<PlanReview> description = {
      {"id", "r.id", &V::id},
      {"plan_id", "r.plan_id", &V::plan_id, Kind::kText, "", {}, /*internal=*/true},
      {"held_on", "r.held_on", &V::held_on, Kind::kDate, "the day of the review meeting"},
      {"attendees", "r.attendees", &V::attendees, Kind::kJsonList, "who attended"},
      {"views", "r.views", &V::views, Kind::kJsonList,
       "the views of the child, parents and important people, in their own words (R23, R37)"},
      {"progress", "r.progress", &V::progress, Kind::kJsonList, "progress on each goal"},
      {"decisions", "r.decisions", &V::decisions, Kind::kText},
      {"next_steps", "r.next_steps", &V::next_steps, Kind::kOptionalText},
      {"recorded_by", "u.full_name", &V::recorded_by_name, Kind::kOptionalText},
      {"recorded_at", "r.recorded_at", &V::recorded_at, Kind::kInstant},
  };
  return description;
}

const fields::Description<OverdueAction>& Describe(const OverdueAction*) {
  using V = OverdueAction;
  static const fields::Description<OverdueAction> description = {
      {"action_id", "a.id", &V::action_id},
      {"plan_id", "a.plan_id", &V::plan_id},
      {"plan_kind", "p.kind", &V::plan_kind},
      {"child_id", "a.child_id", &V::child_id},
      {"child_name", "c.full_name", &V::child_name},
      {"description", "a.description", &V::description},
      {"owner_name", "a.owner_name", &V::owner_name},
      {"owner_role", "a.owner_role", &V::owner_role, Kind::kOptionalText},
      {"due_on", "a.due_on", &V::due_on, Kind::kDate},
  };
  return description;
}

}  // namespace childrecord
