#pragma once

#include <vector>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord::events {

// R24, R20: the child's plan (payloads built by plan_rules.h; the chronology reads these).
// A plan started: {plan_id, child_id, kind, started_on}.
inline constexpr char kPlanStarted[] = "plan.started";
// A goal added: {goal_id, plan_id, child_id, title, description|null}.
inline constexpr char kPlanGoalAdded[] = "plan.goal_added";
// An action added (version 1), on its own or by a review: plan_rules.h BuildActionAdded.
inline constexpr char kPlanActionAdded[] = "plan.action_added";
// A new version of an action (done, a new date, new words), by a review: BuildActionChanged.
inline constexpr char kPlanActionChanged[] = "plan.action_changed";
// A review meeting held: {review_id, plan_id, child_id, held_on, attendees, views, progress,
// decisions, next_steps|null}.
inline constexpr char kPlanReviewHeld[] = "plan.review_held";
// A plan ended: {plan_id, child_id, ended_on, reason}.
inline constexpr char kPlanEnded[] = "plan.ended";

}  // namespace childrecord::events

namespace childrecord::features::plan {

// The projected tables (migration 0028_plan.sql).
inline constexpr char kPlansTable[] = "plans";
inline constexpr char kGoalsTable[] = "plan_goals";
inline constexpr char kActionsTable[] = "plan_actions";
inline constexpr char kActionVersionsTable[] = "plan_action_versions";
inline constexpr char kReviewsTable[] = "plan_reviews";

// plan.* → rows of the tables above. Pure; kInternal for a malformed payload.
Result<std::vector<Mutation>> ProjectPlanEvent(const JournalEvent& event);

}  // namespace childrecord::features::plan
