#include "features/plan/plan_repository.h"

#include <algorithm>

#include "store/described_rows.h"

namespace childrecord {
namespace {

const std::string& PlanFrom() {
  static const std::string from =
      " FROM plans p LEFT JOIN users s ON s.tenant_id = p.tenant_id AND s.id = p.started_by "
      "LEFT JOIN users e ON e.tenant_id = p.tenant_id AND e.id = p.ended_by ";
  return from;
}

template <class T>
std::vector<T> ReadAll(const SqlRows& rows) {
  std::vector<T> out;
  out.reserve(rows.size());
  for (const SqlRow& row : rows) out.push_back(ReadRow<T>(row));
  return out;
}

const std::string& OverdueSelect() {
  static const std::string select = "SELECT " + fields::SelectList<OverdueAction>() + " ";
  return select;
}

}  // namespace

Result<std::vector<Plan>> PlanRepository::PlansOfChild(const std::string& tenant_id, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<Plan>() + PlanFrom() +
                                                  "WHERE p.tenant_id = ? AND p.child_id = ? "
                                                  "ORDER BY p.started_on DESC, p.recorded_at DESC",
                                              {tenant_id, child_id}));
  std::vector<Plan> plans = ReadAll<Plan>(rows);
  std::stable_partition(plans.begin(), plans.end(), [](const Plan& p) { return p.InForce(); });
  return plans;
}

Result<Plan> PlanRepository::GetPlan(const std::string& tenant_id, const std::string& plan_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<Plan>() + PlanFrom() +
                                                  "WHERE p.tenant_id = ? AND p.id = ?",
                                              {tenant_id, plan_id}));
  if (rows.empty()) return Error::NotFound("There is no such plan");
  return ReadRow<Plan>(rows[0]);
}

Result<PlanDetail> PlanRepository::Detail(const std::string& tenant_id, const Plan& plan) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  PlanDetail out{.plan = plan};
  CR_ASSIGN_OR_RETURN(SqlRows goals, db->Query("SELECT " + fields::SelectList<PlanGoal>() +
                                                   " FROM plan_goals g WHERE g.tenant_id = ? AND g.plan_id = ? "
                                                   "ORDER BY g.recorded_at, g.id",
                                               {tenant_id, plan.id}));
  out.goals = ReadAll<PlanGoal>(goals);
  CR_ASSIGN_OR_RETURN(SqlRows actions, db->Query("SELECT " + fields::SelectList<PlanAction>() +
                                                     " FROM plan_actions a WHERE a.tenant_id = ? AND a.plan_id = ? "
                                                     "ORDER BY a.due_on, a.id",
                                                 {tenant_id, plan.id}));
  out.actions = ReadAll<PlanAction>(actions);
  CR_ASSIGN_OR_RETURN(SqlRows reviews,
                      db->Query("SELECT " + fields::SelectList<PlanReview>() +
                                    " FROM plan_reviews r LEFT JOIN users u ON u.tenant_id = r.tenant_id AND "
                                    "u.id = r.recorded_by WHERE r.tenant_id = ? AND r.plan_id = ? "
                                    "ORDER BY r.held_on, r.recorded_at",
                                {tenant_id, plan.id}));
  out.reviews = ReadAll<PlanReview>(reviews);
  return out;
}

Result<std::vector<PlanActionVersion>> PlanRepository::ActionVersions(const std::string& tenant_id,
                                                                      const std::string& action_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<PlanActionVersion>() +
                                    " FROM plan_action_versions v LEFT JOIN users u ON u.tenant_id = v.tenant_id AND "
                                    "u.id = v.changed_by WHERE v.tenant_id = ? AND v.action_id = ? ORDER BY v.version",
                                {tenant_id, action_id}));
  return ReadAll<PlanActionVersion>(rows);
}

Result<std::optional<Plan>> PlanRepository::ChildProtectionPlanInForce(const std::string& tenant_id,
                                                                       const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(std::vector<Plan> plans, PlansOfChild(tenant_id, child_id));
  for (const Plan& p : plans) {
    if (p.kind == "child_protection" && p.InForce()) return std::optional<Plan>(p);
  }
  return std::optional<Plan>();
}

Result<std::vector<PlanChange>> PlanRepository::ChangedSince(const std::string& tenant_id, const std::string& child_id,
                                                             const std::string& since) {
  CR_ASSIGN_OR_RETURN(std::vector<Plan> plans, PlansOfChild(tenant_id, child_id));
  std::vector<PlanChange> out;
  for (const Plan& p : plans) {
    if (p.started_on >= since) out.push_back({p.id, p.kind, "started", p.started_on});
    if (!p.ended_on.empty() && p.ended_on >= since) out.push_back({p.id, p.kind, "ended", p.ended_on});
  }
  std::sort(out.begin(), out.end(), [](const PlanChange& a, const PlanChange& b) { return a.on < b.on; });
  return out;
}

Result<std::vector<OverdueAction>> PlanRepository::Overdue(const std::string& from_where, std::vector<SqlValue> params,
                                                           const std::string& today, int64_t limit) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  params.push_back(today);
  params.push_back(limit);
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(OverdueSelect() + from_where +
                                                  " AND a.status = 'open' AND a.due_on < ? AND p.ended_on IS NULL "
                                                  "ORDER BY a.due_on, a.id LIMIT ?",
                                              params));
  return ReadAll<OverdueAction>(rows);
}

Result<std::vector<OverdueAction>> PlanRepository::OverdueActionsForChild(const std::string& tenant_id,
                                                                          const std::string& child_id,
                                                                          const std::string& today) {
  // A record's plans are few: every overdue action of them (plan_actions_by_child_due).
  return Overdue(
      "FROM plan_actions a JOIN plans p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id "
      "JOIN children c ON c.tenant_id = a.tenant_id AND c.id = a.child_id WHERE a.tenant_id = ? AND a.child_id = ?",
      {tenant_id, child_id}, today, 1000);
}

Result<std::vector<OverdueAction>> PlanRepository::OverdueActionsForTeam(const std::string& tenant_id,
                                                                         const std::string& team_id,
                                                                         const std::string& today, int64_t limit) {
  // From the team's records (children_by_team_worker) to each record's open actions by date
  // (plan_actions_by_child_due). CROSS JOIN keeps SQLite from walking every action of the tenant
  // in date order to meet the LIMIT; PostgreSQL reads it as the inner join it is.
  return Overdue(
      "FROM children c CROSS JOIN plan_actions a JOIN plans p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id "
      "WHERE c.tenant_id = ? AND c.team_id = ? AND a.tenant_id = c.tenant_id AND a.child_id = c.id",
      {tenant_id, team_id}, today, limit);
}

Result<std::vector<OverdueAction>> PlanRepository::OverdueActionsForWorker(const std::string& tenant_id,
                                                                           const std::string& user_id,
                                                                           const std::string& today, int64_t limit) {
  // The actions a worker owns (plan_actions_by_owner_due).
  return Overdue(
      "FROM plan_actions a JOIN plans p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id "
      "JOIN children c ON c.tenant_id = a.tenant_id AND c.id = a.child_id WHERE a.tenant_id = ? AND a.owner_user_id = "
      "?",
      {tenant_id, user_id}, today, limit);
}

}  // namespace childrecord
