#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/fields.h"

namespace childrecord {

// R24 (R20: the record holds the child's plan): what the plan feature reads
// (plan_repository.h). Plain data; dates "YYYY-MM-DD", instants RFC 3339 UTC text as stored.
// The rules (plan_rules.h) decide from the same structs. Pure.

// One plan of the child: its kind, when it started and, once ended, when and why.
struct Plan {
  std::string id;
  std::string child_id;
  std::string kind;  // plan_rules.h PlanKinds(): "child_in_need", "child_protection", ...
  std::string started_on;
  std::string started_by;  // user id
  std::string started_by_name;
  std::string recorded_at;
  std::string ended_on;  // empty while the plan is in force
  std::string end_reason;
  std::string ended_by_name;
  bool InForce() const { return ended_on.empty(); }
};
const fields::Description<Plan>& Describe(const Plan*);

// A goal of the plan: what the plan is trying to achieve with the child and family.
struct PlanGoal {
  std::string id;
  std::string plan_id;
  std::string title;
  std::string description;  // may be empty
  std::string recorded_at;
};
const fields::Description<PlanGoal>& Describe(const PlanGoal*);

// The current version of an action: who will do what by when, for which goal (R24).
struct PlanAction {
  std::string id;
  std::string plan_id;
  std::string goal_id;
  std::string child_id;
  std::string description;
  std::string owner_kind;       // "worker" (the child's worker), "person" (on the record), "named"
  std::string owner_person_id;  // for "person"
  std::string owner_user_id;    // for "worker"
  std::string owner_name;
  std::string owner_role;  // may be empty
  std::string due_on;
  std::string status;   // "open" or "done"
  std::string done_on;  // when done
  int64_t version = 0;
  std::string review_id;  // the review that made this version, if one did
  std::string recorded_at;
};
const fields::Description<PlanAction>& Describe(const PlanAction*);

// One earlier (or the current) version of an action, kept for audit (principle 1).
struct PlanActionVersion {
  std::string action_id;
  int64_t version = 0;
  std::string description;
  std::string owner_name;
  std::string owner_role;
  std::string due_on;
  std::string status;
  std::string done_on;
  std::string review_id;
  std::string changed_by_name;
  std::string recorded_at;
};
const fields::Description<PlanActionVersion>& Describe(const PlanActionVersion*);

// A review meeting (R24, R23, R37): who attended, the views in their own words, progress on each
// goal, the decisions and the next steps. Lists are JSON text as stored.
struct PlanReview {
  std::string id;
  std::string plan_id;
  std::string held_on;
  std::string attendees;  // [{name, role|null, person_id?}]
  std::string views;      // [{whose: "child"|"parent"|"important_person", name|null, words}]
  std::string progress;   // [{goal_id, progress}]
  std::string decisions;
  std::string next_steps;  // may be empty
  std::string recorded_by_name;
  std::string recorded_at;
};
const fields::Description<PlanReview>& Describe(const PlanReview*);

// A plan with everything on it, as the Plan tab and the API show it.
struct PlanDetail {
  Plan plan = {};
  std::vector<PlanGoal> goals = {};
  std::vector<PlanAction> actions = {};
  std::vector<PlanReview> reviews = {};  // oldest first
};

// An action past its date and not done, with the record it is on: for the team's and a worker's
// lists (PlanRepository::OverdueActionsForTeam/ForWorker).
struct OverdueAction {
  std::string action_id;
  std::string plan_id;
  std::string plan_kind;
  std::string child_id;
  std::string child_name;
  std::string description;
  std::string owner_name;
  std::string owner_role;
  std::string due_on;
};
const fields::Description<OverdueAction>& Describe(const OverdueAction*);

// A plan that started or ended on or after a date (PlanRepository::ChangedSince): a significant
// change for the Case Note Summary's due rule (R25).
struct PlanChange {
  std::string plan_id;
  std::string kind;
  std::string change;  // "started" or "ended"
  std::string on;      // the date it started or ended
};

}  // namespace childrecord
