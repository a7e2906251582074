#pragma once

#include <vector>

#include "features/feature_module.h"
#include "features/plan/plan_service.h"

namespace childrecord {

// R24 in the browser:
//   /children/{id}/plan                          the Plan tab: plans in force with their goals,
//                                                actions (overdue tagged), reviews and when the next
//                                                review is due; earlier plans below
//   /children/{id}/plan/start                    start a plan
//   /children/{id}/plans/{plan}/goals/new        add a goal
//   /children/{id}/plans/{plan}/actions/new      add an action (plan_review_page.cc)
//   /children/{id}/plans/{plan}/review           record a review meeting (plan_review_page.cc)
//   /children/{id}/plans/{plan}/end              end the plan
// A refused form keeps what was typed and lists every error. The handlers borrow `context` and
// `plans`, which outlive them.
std::vector<FeatureEndpoint> PlanPageEndpoints(AppContext& context, PlanService& plans);

// The action and review forms (plan_review_page.cc), added to `out`.
void AddPlanActionAndReviewForms(std::vector<FeatureEndpoint>& out, AppContext& context, PlanService& plans);

// "/children/{child}/plan", the Plan tab.
std::string PlanTabPath(const std::string& child_id);

}  // namespace childrecord
