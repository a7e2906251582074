#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "features/plan/plan_views.h"
#include "store/store.h"

namespace childrecord {

// R24 in the database: the plans, goals, actions (and their versions) and reviews projected from
// the plan.* events (plan_events.cc). Reads only; a plan changes by appending events. Each query
// finds its rows through an index for its child, plan, action, team or worker (0028_plan.sql).
// These reads decide no access: callers have decided it (PlanService) or, for the team's and a
// worker's lists, show them to those the lists are for.
// Thread safe: each call takes its own connection from the store's pool. Borrows `store`, which
// must outlive it; cheap to make.
class PlanRepository {
 public:
  explicit PlanRepository(Store& store) : store_(store) {}

  // The child's plans, in force first, then the latest started first. plans_by_child.
  Result<std::vector<Plan>> PlansOfChild(const std::string& tenant_id, const std::string& child_id);
  // One plan by its id; kNotFound when there is none.
  Result<Plan> GetPlan(const std::string& tenant_id, const std::string& plan_id);
  // The plan with its goals, actions (current versions) and reviews (oldest first).
  Result<PlanDetail> Detail(const std::string& tenant_id, const Plan& plan);
  // Every version of an action, the first first (principle 1: nothing is lost).
  Result<std::vector<PlanActionVersion>> ActionVersions(const std::string& tenant_id, const std::string& action_id);

  // For the out-of-hours view (R25): the child protection plan in force, if there is one.
  Result<std::optional<Plan>> ChildProtectionPlanInForce(const std::string& tenant_id, const std::string& child_id);
  // For the Case Note Summary's due rule (R25: a plan starting or ending is a significant change):
  // the plans of the child that started or ended on or after `since` ("YYYY-MM-DD"), in date order.
  Result<std::vector<PlanChange>> ChangedSince(const std::string& tenant_id, const std::string& child_id,
                                               const std::string& since);

  // R24: actions past their date ("due_on" before `today`, "YYYY-MM-DD") and not done, on plans in
  // force: of one record (the Overview), of the records of a team (the team's compliance page), and
  // owned by a worker (their list) — the earliest first, at most `limit`.
  Result<std::vector<OverdueAction>> OverdueActionsForChild(const std::string& tenant_id, const std::string& child_id,
                                                            const std::string& today);
  Result<std::vector<OverdueAction>> OverdueActionsForTeam(const std::string& tenant_id, const std::string& team_id,
                                                           const std::string& today, int64_t limit = 50);
  Result<std::vector<OverdueAction>> OverdueActionsForWorker(const std::string& tenant_id, const std::string& user_id,
                                                             const std::string& today, int64_t limit = 50);

 private:
  // The actions `from_where` finds ("FROM ... WHERE ..." over plan_actions a, plans p and children
  // c, ending in a condition; `params` its values) that are open, past `today` and on a plan in
  // force, the earliest first, at most `limit`.
  Result<std::vector<OverdueAction>> Overdue(const std::string& from_where, std::vector<SqlValue> params,
                                             const std::string& today, int64_t limit);

  Store& store_;
};

}  // namespace childrecord
