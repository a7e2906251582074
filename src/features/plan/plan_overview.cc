#include "features/plan/plan_overview.h"

#include "auth/access_policy.h"
#include "features/children/children_views.h"
#include "features/plan/plan_pages.h"
#include "features/plan/plan_repository.h"
#include "web/page_support.h"

namespace childrecord {

std::vector<OverviewSection> PlanOverviewSections(std::shared_ptr<PlanService> plans) {
  std::vector<OverviewSection> out;
  out.push_back({"plan_overview",
                 [plans](const Principal& who, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
                   CR_ASSIGN_OR_RETURN(std::vector<PlanDetail> list, plans->PlansOf(child.summary.id));
                   Json items = Json::array();
                   const Date today = plans->Today();
                   for (const PlanDetail& p : list) {
                     if (!p.plan.InForce()) continue;
                     std::vector<std::string> held;
                     for (const PlanReview& r : p.reviews) held.push_back(r.held_on);
                     Json item{{"kind_label", PlanKindLabel(p.plan.kind)}, {"started_on", UkDate(p.plan.started_on)}};
                     if (auto due = NextReviewDue(p.plan, held, plans->calendar())) {
                       item["review_due"] = FormatUkDate(due->due_by);
                       item["review_overdue"] = ReviewOverdue(*due, today);
                     }
                     items.push_back(std::move(item));
                   }
                   // The actions themselves are case detail: shown to those whose role reads the entries.
                   Json overdue = Json::array();
                   if (GrantFor(who.user.role, AccessAction::kReadEntries) != Grant::kNo) {
                     CR_ASSIGN_OR_RETURN(std::vector<OverdueAction> late, plans->OverdueOf(child.summary.id));
                     for (const OverdueAction& a : late) {
                       overdue.push_back(
                           {{"description", a.description},
                            {"owner", a.owner_name + (a.owner_role.empty() ? "" : " (" + a.owner_role + ")")},
                            {"due_on", UkDate(a.due_on)}});
                     }
                   }
                   data = {{"plans", items},
                           {"has_plans", !items.empty()},
                           {"overdue", overdue},
                           {"has_overdue", !overdue.empty()},
                           {"plan_href", PlanTabPath(child.summary.id)}};
                   return Status::Ok();
                 },
                 OverviewPlace::kSection});
  return out;
}

Json PlanHeaderLinks(Store& store, const std::string& tenant_id, const std::string& child_id) {
  Json links = Json::array();
  auto plans = PlanRepository(store).PlansOfChild(tenant_id, child_id);
  if (!plans.ok()) return links;  // the header still shows; the Plan tab says what went wrong
  for (const Plan& p : *plans) {
    if (p.InForce()) links.push_back({{"label", PlanKindLabel(p.kind)}, {"href", PlanTabPath(child_id)}});
  }
  return links;
}

}  // namespace childrecord
