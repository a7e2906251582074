#include "features/plan/plan_service.h"

#include "auth/access_policy.h"
#include "core/ids.h"
#include "features/children/child_repository.h"
#include "features/people/people_repository.h"
#include "features/plan/plan_events.h"
#include "features/plan/plan_repository.h"
#include "record/field_rules.h"

namespace childrecord {

Date PlanService::Today() const { return record_fields::Today(store_.clock().Now()); }

Result<std::vector<PlanDetail>> PlanService::PlansOf(const std::string& child_id) {
  PlanRepository plans(store_);
  CR_ASSIGN_OR_RETURN(std::vector<Plan> list, plans.PlansOfChild(tenant_id_, child_id));
  std::vector<PlanDetail> out;
  for (const Plan& p : list) {
    CR_ASSIGN_OR_RETURN(PlanDetail detail, plans.Detail(tenant_id_, p));
    out.push_back(std::move(detail));
  }
  return out;
}

Result<PlanDetail> PlanService::PlanOf(const std::string& child_id, const std::string& plan_id) {
  PlanRepository plans(store_);
  CR_ASSIGN_OR_RETURN(Plan plan, plans.GetPlan(tenant_id_, plan_id));
  if (plan.child_id != child_id) return Error::NotFound("There is no such plan on this record");
  return plans.Detail(tenant_id_, plan);
}

Result<std::vector<OverdueAction>> PlanService::OverdueOf(const std::string& child_id) {
  return PlanRepository(store_).OverdueActionsForChild(tenant_id_, child_id, FormatIsoDate(Today()));
}

Result<ActionOwners> PlanService::OwnersOf(const ChildRecord& child) {
  ActionOwners owners;
  CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> people,
                      PeopleRepository(store_).ListChildPeople(tenant_id_, child.summary.id));
  for (const LinkedPerson& p : people) owners.people.emplace_back(p.person_id, p.full_name);
  owners.worker_id = child.allocated_worker_id;
  owners.worker_name = child.summary.allocated_worker_name;
  return owners;
}

Result<PlanDetail> PlanService::Reload(const std::string& plan_id) {
  PlanRepository plans(store_);
  CR_ASSIGN_OR_RETURN(Plan plan, plans.GetPlan(tenant_id_, plan_id));
  return plans.Detail(tenant_id_, plan);
}

Result<PlanDetail> PlanService::Authorized(const Principal& who, const std::string& plan_id, AccessAction action,
                                           const AccessContext& access, const std::string& detail) {
  PlanRepository plans(store_);
  CR_ASSIGN_OR_RETURN(Plan plan, plans.GetPlan(tenant_id_, plan_id));
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, plan.child_id, action, access, detail));
  return plans.Detail(tenant_id_, plan);
}

Result<std::vector<PlanDetail>> PlanService::ChildPlans(const Principal& who, const std::string& child_id,
                                                        const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadEntries, access, "plan"));
  return PlansOf(child_id);
}

Result<PlanDetail> PlanService::GetPlan(const Principal& who, const std::string& plan_id, const AccessContext& access) {
  return Authorized(who, plan_id, AccessAction::kReadEntries, access, "plan");
}

Result<PlanDetail> PlanService::Start(const Principal& who, const std::string& child_id, const Json& input,
                                      const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "plan start"));
  CR_ASSIGN_OR_RETURN(std::vector<Plan> plans, PlanRepository(store_).PlansOfChild(tenant_id_, child_id));
  const std::string plan_id = NewId();
  CR_ASSIGN_OR_RETURN(Json payload, BuildPlanStarted(input, child_id, plan_id, plans, store_.clock().Now()));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kPlanStarted, std::move(payload)}}));
  return Reload(plan_id);
}

Result<PlanDetail> PlanService::AddGoal(const Principal& who, const std::string& plan_id, const Json& input,
                                        const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(PlanDetail plan, Authorized(who, plan_id, AccessAction::kRecordEntry, access, "plan goal"));
  CR_ASSIGN_OR_RETURN(Json payload, BuildGoalAdded(input, plan, NewId()));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kPlanGoalAdded, std::move(payload)}}));
  return Reload(plan_id);
}

Result<PlanDetail> PlanService::AddAction(const Principal& who, const std::string& plan_id, const Json& input,
                                          const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(PlanDetail plan, Authorized(who, plan_id, AccessAction::kRecordEntry, access, "plan action"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, plan.plan.child_id));
  CR_ASSIGN_OR_RETURN(ActionOwners owners, OwnersOf(child));
  CR_ASSIGN_OR_RETURN(Json payload, BuildActionAdded(input, plan, NewId(), owners));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kPlanActionAdded, std::move(payload)}}));
  return Reload(plan_id);
}

Result<PlanDetail> PlanService::RecordReview(const Principal& who, const std::string& plan_id, const Json& input,
                                             const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(PlanDetail plan, Authorized(who, plan_id, AccessAction::kRecordEntry, access, "plan review"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, plan.plan.child_id));
  CR_ASSIGN_OR_RETURN(ActionOwners owners, OwnersOf(child));
  std::vector<std::string> ids;
  if (input.is_object() && input.contains("new_actions") && input["new_actions"].is_array()) {
    for (size_t i = 0; i < input["new_actions"].size(); ++i) ids.push_back(NewId());
  }
  CR_ASSIGN_OR_RETURN(ReviewEvents review, BuildReviewHeld(input, plan, NewId(), ids, owners, store_.clock().Now()));
  // One append: the review and the next steps it decided stand or fall together.
  std::vector<NewEvent> batch{{events::kPlanReviewHeld, std::move(review.review)}};
  for (Json& a : review.added) batch.push_back({events::kPlanActionAdded, std::move(a)});
  for (Json& c : review.changed) batch.push_back({events::kPlanActionChanged, std::move(c)});
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, std::move(batch)));
  return Reload(plan_id);
}

Result<PlanDetail> PlanService::End(const Principal& who, const std::string& plan_id, const Json& input,
                                    const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(PlanDetail plan, Authorized(who, plan_id, AccessAction::kRecordEntry, access, "plan end"));
  CR_ASSIGN_OR_RETURN(Json payload, BuildPlanEnded(input, plan, store_.clock().Now()));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kPlanEnded, std::move(payload)}}));
  return Reload(plan_id);
}

}  // namespace childrecord
