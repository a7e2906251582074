#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"
#include "core/time_format.h"
#include "core/working_days.h"
#include "features/plan/plan_views.h"

namespace childrecord {

// R24: "Review meetings record goals and next steps: who will do what by when; support and actions
// link to goals." R20: the record holds the child's plan. R23/R37: the views of the child, parents
// and important people are recorded, in their own words.
//
// The plan: a kind (child in need, child protection, care plan for a child in care, pathway plan),
// started and ended on dates (with why); goals; actions, each serving one goal of the same plan,
// owned by someone (the child's worker, a person on the record, or a named professional with a
// role) and due by a date. A child has at most one plan in force of each kind. Review meetings
// record who attended, the views, progress on each goal, decisions and the next steps (new actions,
// and actions changed or marked done, each change a new version). Pure: the callers read the state
// and append the payloads (plan_events.h).

// The kinds of plan, and how a person reads each ("Child protection plan").
const std::vector<std::string>& PlanKinds();
std::string PlanKindLabel(const std::string& kind);

// Who may own an action on this record: the people on the record (id, name) and the child's
// allocated worker (empty when the record has none).
struct ActionOwners {
  std::vector<std::pair<std::string, std::string>> people = {};
  std::string worker_id = {};
  std::string worker_name = {};
};

// Starting a plan. `input`: kind (one of PlanKinds), started_on ("YYYY-MM-DD", not in the
// future). A plan of the same kind already in force is a validation error on "kind" (at most one in
// force of each kind). Payload: {plan_id, child_id, kind, started_on}.
Result<Json> BuildPlanStarted(const Json& input, const std::string& child_id, const std::string& plan_id,
                              const std::vector<Plan>& plans, TimePoint now);

// Adding a goal. `input`: title (required), description (optional). An ended plan: kConflict.
// Payload: {goal_id, plan_id, child_id, title, description|null}.
Result<Json> BuildGoalAdded(const Json& input, const PlanDetail& plan, const std::string& goal_id);

// Adding an action. `input`: goal_id (a goal of this plan), description, owner ({kind:"worker"},
// {kind:"person", person_id} or {kind:"named", name, role}), due_on (a date). Errors name
// `prefix` + the field ("new_actions[0].due_on"), every one at once. An ended plan: kConflict.
// Payload: {action_id, plan_id, goal_id, child_id, description, owner_kind, owner_person_id|null,
// owner_user_id|null, owner_name, owner_role|null, due_on, status:"open", done_on:null, version:1,
// review_id|null}.
Result<Json> BuildActionAdded(const Json& input, const PlanDetail& plan, const std::string& action_id,
                              const ActionOwners& owners, const std::string& review_id = "",
                              const std::string& prefix = "");

// A change to an action (by a review): `input` {action_id (on this plan), status ("open"|"done"),
// done_on (date; defaults to the review's date when done), due_on (optional new date),
// description (optional new text)}. Payload: the action's whole new version (as BuildActionAdded's,
// version + 1), so the projection needs nothing but the event.
Result<Json> BuildActionChanged(const Json& input, const PlanDetail& plan, const std::string& review_id,
                                const std::string& held_on, const std::string& prefix);

// The events a review meeting appends, in order: the review, then the new actions, then the changed.
struct ReviewEvents {
  Json review = nullptr;
  std::vector<Json> added = {};
  std::vector<Json> changed = {};
};

// Recording a review. `input`: held_on (not before the plan started, not in the future),
// attendees (a list of {name, role} or {person_id}, at least one), views (a list of {whose:
// "child"|"parent"|"important_person", name (required but for the child), words}, at least one),
// progress ([{goal_id, progress}], one for each goal of the plan), decisions (required),
// next_steps (optional text), new_actions (as BuildActionAdded), changed_actions (as
// BuildActionChanged). A plan that has ended: kConflict. Every error at once. `new_action_ids`
// gives an id for each new action (as many as the input has, or more).
// Review payload: {review_id, plan_id, child_id, held_on, attendees, views, progress, decisions,
// next_steps|null}.
Result<ReviewEvents> BuildReviewHeld(const Json& input, const PlanDetail& plan, const std::string& review_id,
                                     const std::vector<std::string>& new_action_ids, const ActionOwners& owners,
                                     TimePoint now);

// Ending a plan. `input`: ended_on (not before it started, not in the future), reason (required).
// Already ended: kConflict. Payload: {plan_id, child_id, ended_on, reason}.
Result<Json> BuildPlanEnded(const Json& input, const PlanDetail& plan, TimePoint now);

// --- Soft rules (principle 3), computed on every read, never stored ---

// When the plan's next review is due, and the rule that says so:
//   R24.cp_first     a child protection plan's first review within 3 months of its start;
//   R24.cp_next      then at most 6 months after the one before;
//   R24.cic_first    a child in care's first review within 20 working days of the start;
//   R24.cic_second   the second within 3 months of the first;
//   R24.cic_next     then at most 6 months after the one before;
//   R24.pathway_next a pathway plan at most 6 months after its start or last review.
// A child in need plan has no timescale set by the policy: none. An ended plan: none.
// "3 months after 31 August" is 30 November (the month's last day when the day does not exist).
struct ReviewDue {
  std::string rule_id;
  Date due_by;
  std::string why;  // "The first review of a child protection plan is due within 3 months of its start"
};
std::optional<ReviewDue> NextReviewDue(const Plan& plan, const std::vector<std::string>& reviews_held,
                                       const WorkingDayCalendar& calendar);
// A review is overdue when today is after the day it was due by.
bool ReviewOverdue(const ReviewDue& due, Date today);
// R24: an action past its date and not done is overdue.
bool ActionOverdue(const PlanAction& action, Date today);
// `months` calendar months after `from`, clamped to the month's last day.
Date AddMonthsClamped(Date from, int months);

}  // namespace childrecord
