#include "features/plan/plan_pages.h"

#include "auth/access_policy.h"
#include "core/field_errors.h"
#include "features/children/record_page.h"
#include "features/record_form.h"
#include "web/audit_pages.h"
#include "web/form_dates.h"

namespace childrecord {

std::string PlanTabPath(const std::string& child_id) { return "/children/" + child_id + "/plan"; }

namespace {

std::string PlanPath(const std::string& child_id, const std::string& plan_id) {
  return "/children/" + child_id + "/plans/" + plan_id;
}

// What the Plan tab shows of one plan: R24's goals with their actions (overdue tagged), the
// reviews, and when the next review is due (computed, never stored).
Json PlanPageData(const PlanDetail& detail, const std::string& child_id, Date today, const WorkingDayCalendar& calendar,
                  bool may_record) {
  const Plan& p = detail.plan;
  const std::string base = PlanPath(child_id, p.id);
  Json plan{{"id", p.id},
            {"kind_label", PlanKindLabel(p.kind)},
            {"started_on", UkDate(p.started_on)},
            {"started_by", p.started_by_name},
            {"in_force", p.InForce()},
            {"ended_on", UkDate(p.ended_on)},
            {"end_reason", p.end_reason},
            {"may_record", may_record && p.InForce()},
            {"goal_href", base + "/goals/new"},
            {"action_href", base + "/actions/new"},
            {"review_href", base + "/review"},
            {"end_href", base + "/end"},
            {"has_goals", !detail.goals.empty()},
            {"has_reviews", !detail.reviews.empty()}};
  std::vector<std::string> held;
  for (const PlanReview& r : detail.reviews) held.push_back(r.held_on);
  if (auto due = NextReviewDue(p, held, calendar)) {
    plan["next_review"] = {
        {"due_by", FormatUkDate(due->due_by)}, {"why", due->why}, {"overdue", ReviewOverdue(*due, today)}};
  }
  int overdue = 0;
  Json goals = Json::array();
  for (const PlanGoal& g : detail.goals) {
    Json actions = Json::array();
    for (const PlanAction& a : detail.actions) {
      if (a.goal_id != g.id) continue;
      const bool late = ActionOverdue(a, today);
      overdue += late;
      actions.push_back({{"description", a.description},
                         {"owner", a.owner_name + (a.owner_role.empty() ? "" : " (" + a.owner_role + ")")},
                         {"due_on", UkDate(a.due_on)},
                         {"done", a.status == "done"},
                         {"done_on", UkDate(a.done_on)},
                         {"overdue", late},
                         {"changed", a.version > 1}});
    }
    goals.push_back(
        {{"title", g.title}, {"description", g.description}, {"actions", actions}, {"has_actions", !actions.empty()}});
  }
  plan["goals"] = std::move(goals);
  plan["overdue_count"] = overdue;
  Json reviews = Json::array();
  for (auto it = detail.reviews.rbegin(); it != detail.reviews.rend(); ++it) {
    const PlanReview& r = *it;
    Json attendees = Json::array(), views = Json::array(), progress = Json::array();
    for (const Json& a : Json::parse(r.attendees, nullptr, false)) {
      const std::string role = a.contains("role") && a["role"].is_string() ? a["role"].get<std::string>() : "";
      attendees.push_back(a.value("name", std::string()) + (role.empty() ? "" : " (" + role + ")"));
    }
    for (const Json& v : Json::parse(r.views, nullptr, false)) {
      const std::string whose = v.value("whose", std::string());
      const std::string name = v.contains("name") && v["name"].is_string() ? v["name"].get<std::string>() : "";
      views.push_back({{"whose", whose == "child"    ? std::string("The child")
                                 : whose == "parent" ? "Parent: " + name
                                                     : "Important person: " + name},
                       {"words", v.value("words", std::string())}});
    }
    for (const Json& pr : Json::parse(r.progress, nullptr, false)) {
      std::string title = "A goal";
      for (const PlanGoal& g : detail.goals) {
        if (g.id == pr.value("goal_id", std::string())) title = g.title;
      }
      progress.push_back({{"goal", title}, {"progress", pr.value("progress", std::string())}});
    }
    std::string who;
    for (const Json& a : attendees) who += (who.empty() ? "" : ", ") + a.get<std::string>();
    reviews.push_back({{"held_on", UkDate(r.held_on)},
                       {"attendees", who},
                       {"views", views},
                       {"progress", progress},
                       {"decisions", r.decisions},
                       {"next_steps", r.next_steps},
                       {"recorded_by", r.recorded_by_name}});
  }
  plan["reviews"] = std::move(reviews);
  return plan;
}

Response PlanTab(AppContext& context, PlanService& plans, Request& request) {
  const std::string id = request.PathParam("id");
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* answer = std::get_if<Response>(&loaded)) return std::move(*answer);
  const ChildRecord& child = std::get<ChildRecord>(loaded);
  auto list = plans.ChildPlans(*request.principal, id, AccessContextOf(request));
  if (!list.ok() && list.error().code == ErrorCode::kReasonRequired) {
    return AccessReasonPage(context, request, id, "", Json::array(), 403);
  }
  if (!list.ok()) return ErrorPage(context, request, list.error());
  auto facts = context.store.GetChildAccess(context.tenant.id, id);
  const bool may_record = facts.ok() && DecideRecordAccess(request.principal->user, AccessAction::kRecordEntry, *facts,
                                                           /*has_reason=*/true) == AccessDecision::kAllowed;
  Json in_force = Json::array(), ended = Json::array();
  for (const PlanDetail& p : *list) {
    (p.plan.InForce() ? in_force : ended).push_back(PlanPageData(p, id, plans.Today(), plans.calendar(), may_record));
  }
  Json data{{"plans", in_force},
            {"has_plans", !in_force.empty()},
            {"ended_plans", ended},
            {"has_ended", !ended.empty()},
            {"may_record", may_record},
            {"start_href", PlanTabPath(id) + "/start"},
            {"saved", !request.Query("saved").empty()}};
  return RenderRecordPage(context, request, child, "plan", "plan_tab", "Plan", std::move(data));
}

std::vector<Option> KindOptions() {
  std::vector<Option> out;
  for (const std::string& k : PlanKinds()) out.push_back({k, PlanKindLabel(k), ""});
  return out;
}

// R24: "Start a plan": the kind and the day it started.
RecordForm StartForm(PlanService& plans) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "plan start form"};
  form.view = [](const Request&, const ChildRecord& child, const Form& typed, bool) -> Result<RecordFormView> {
    RecordFormView view{.heading = "Start a plan",
                        .intro =
                            "A child has at most one plan of each kind in force. Add the goals and actions "
                            "once the plan has started.",
                        .submit_label = "Start the plan",
                        .back_href = PlanTabPath(child.summary.id),
                        .back_text = "Back to the plan",
                        .default_field = "kind"};
    view.fields.push_back(
        ChoiceField("kind", "What kind of plan is it?", "", KindOptions(), {FormField(typed, "kind")}));
    view.fields.push_back(DateField("started_on", "When did the plan start?", "", DateFrom(typed, "started_on")));
    return view;
  };
  form.submit = [&plans](const Request& request, const ChildRecord& child, const Form& typed) -> Result<std::string> {
    Json input{{"kind", FormField(typed, "kind")}};
    FieldErrors errors;
    ReadDateInto(typed, "started_on", "the date the plan started", input, errors);
    auto started = plans.Start(*request.principal, child.summary.id, input, AccessContextOf(request));
    if (!started.ok() && started.error().code != ErrorCode::kValidation) return started.error();
    if (!started.ok()) errors.Add(started.error());
    CR_RETURN_IF_ERROR(errors.ToStatus());
    return PlanTabPath(child.summary.id) + "?saved=1";
  };
  return form;
}

// The plan the form's address names, on this record.
Result<PlanDetail> FormPlan(PlanService& plans, const Request& request, const ChildRecord& child) {
  return plans.PlanOf(child.summary.id, request.PathParam("plan"));
}

// R24: "Add a goal".
RecordForm GoalForm(PlanService& plans) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "plan goal form"};
  form.view = [&plans](const Request& request, const ChildRecord& child, const Form& typed,
                       bool) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(PlanDetail plan, FormPlan(plans, request, child));
    RecordFormView view{.heading = "Add a goal",
                        .intro = PlanKindLabel(plan.plan.kind) +
                                 ". A goal says what the plan is trying to achieve with the child and family, in "
                                 "words they would use.",
                        .submit_label = "Add the goal",
                        .back_href = PlanTabPath(child.summary.id),
                        .back_text = "Back to the plan",
                        .default_field = "title"};
    view.fields.push_back(TextField("title", "What is the goal?",
                                    "For example, Sam goes to school every day and feels safe there",
                                    FormField(typed, "title")));
    view.fields.push_back(AreaField("description", "More about the goal (optional)",
                                    "What it will look like when things are better", FormField(typed, "description")));
    return view;
  };
  form.submit = [&plans](const Request& request, const ChildRecord& child, const Form& typed) -> Result<std::string> {
    CR_ASSIGN_OR_RETURN(PlanDetail plan, FormPlan(plans, request, child));
    Json input{{"title", FormField(typed, "title")}, {"description", FormField(typed, "description")}};
    auto added = plans.AddGoal(*request.principal, plan.plan.id, input, AccessContextOf(request));
    if (!added.ok()) return added.error();
    return PlanTabPath(child.summary.id) + "?saved=1";
  };
  return form;
}

// R24: "End this plan", with the date and why.
RecordForm EndForm(PlanService& plans) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "plan end form"};
  form.view = [&plans](const Request& request, const ChildRecord& child, const Form& typed,
                       bool) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(PlanDetail plan, FormPlan(plans, request, child));
    RecordFormView view{.heading = "End the plan: " + PlanKindLabel(plan.plan.kind),
                        .inset = "Ending the plan keeps it on the record with its goals, actions and reviews.",
                        .submit_label = "End the plan",
                        .back_href = PlanTabPath(child.summary.id),
                        .back_text = "Back to the plan",
                        .default_field = "reason"};
    view.fields.push_back(DateField("ended_on", "When did the plan end?", "", DateFrom(typed, "ended_on")));
    view.fields.push_back(AreaField("reason", "Why has the plan ended?",
                                    "For example, the review agreed the worries have reduced and a child in need "
                                    "plan will continue the support",
                                    FormField(typed, "reason")));
    return view;
  };
  form.submit = [&plans](const Request& request, const ChildRecord& child, const Form& typed) -> Result<std::string> {
    CR_ASSIGN_OR_RETURN(PlanDetail plan, FormPlan(plans, request, child));
    Json input{{"reason", FormField(typed, "reason")}};
    FieldErrors errors;
    ReadDateInto(typed, "ended_on", "the date the plan ended", input, errors);
    auto ended = plans.End(*request.principal, plan.plan.id, input, AccessContextOf(request));
    if (!ended.ok() && ended.error().code != ErrorCode::kValidation) return ended.error();
    if (!ended.ok()) errors.Add(ended.error());
    CR_RETURN_IF_ERROR(errors.ToStatus());
    return PlanTabPath(child.summary.id) + "?saved=1";
  };
  return form;
}

}  // namespace

std::vector<FeatureEndpoint> PlanPageEndpoints(AppContext& context, PlanService& plans) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/children/{id}/plan", AccessAction::kReadEntries,
                 SignedIn(context, [&context, &plans](Request& request) { return PlanTab(context, plans, request); })});
  AddRecordForm(out, context, "/children/{id}/plan/start", StartForm(plans));
  AddRecordForm(out, context, "/children/{id}/plans/{plan}/goals/new", GoalForm(plans));
  AddPlanActionAndReviewForms(out, context, plans);
  AddRecordForm(out, context, "/children/{id}/plans/{plan}/end", EndForm(plans));
  return out;
}

}  // namespace childrecord
