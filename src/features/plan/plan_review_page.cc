// R24 in the browser: the forms for an action (who will do what by when, for which goal) and for a
// review meeting (who attended, the views in their own words, progress on each goal, decisions and
// next steps). Declared in plan_pages.h.
#include <set>

#include "auth/access_policy.h"
#include "core/field_errors.h"
#include "features/plan/plan_pages.h"
#include "features/record_form.h"
#include "web/form_dates.h"

namespace childrecord {
namespace {

Result<PlanDetail> FormPlan(PlanService& plans, const Request& request, const ChildRecord& child) {
  return plans.PlanOf(child.summary.id, request.PathParam("plan"));
}

std::vector<Option> GoalOptions(const PlanDetail& plan, const std::string& none) {
  std::vector<Option> out;
  if (!none.empty()) out.push_back({"", none, ""});
  for (const PlanGoal& g : plan.goals) out.push_back({g.id, g.title, ""});
  return out;
}

// Who will do it: the child's worker, a person on the record, or someone else named with a role.
std::vector<Option> OwnerOptions(const ActionOwners& owners) {
  std::vector<Option> out;
  if (!owners.worker_id.empty()) out.push_back({"worker", "The child’s worker, " + owners.worker_name, ""});
  for (const auto& [id, name] : owners.people) out.push_back({"person:" + id, name, ""});
  out.push_back({"named", "Someone else", "Write their name and role below"});
  return out;
}

// The form's owner choice (`prefix` "" or "new_") as the rules' owner object.
Json OwnerInput(const Form& typed, const std::string& prefix) {
  const std::string choice = FormField(typed, prefix + "owner");
  if (choice.empty()) return nullptr;
  if (choice.starts_with("person:")) return Json{{"kind", "person"}, {"person_id", choice.substr(7)}};
  if (choice == "worker") return Json{{"kind", "worker"}};
  return Json{{"kind", "named"},
              {"name", FormField(typed, prefix + "owner_name")},
              {"role", FormField(typed, prefix + "owner_role")}};
}

// The action's fields on a form, named with `prefix`.
void ActionFields(Json& fields, const PlanDetail& plan, const ActionOwners& owners, const Form& typed,
                  const std::string& prefix, const std::string& no_goal) {
  fields.push_back(SelectField(prefix + "goal_id", "Which goal does it serve?", "", GoalOptions(plan, no_goal),
                               FormField(typed, prefix + "goal_id")));
  fields.push_back(AreaField(prefix + "description", "What will be done?",
                             "For example, Arrange a meeting with the school about Sam’s attendance",
                             FormField(typed, prefix + "description")));
  fields.push_back(
      ChoiceField(prefix + "owner", "Who will do it?", "", OwnerOptions(owners), {FormField(typed, prefix + "owner")}));
  fields.push_back(
      TextField(prefix + "owner_name", "Their name (if someone else)", "", FormField(typed, prefix + "owner_name")));
  fields.push_back(TextField(prefix + "owner_role", "Their role (if someone else)", "For example, school nurse",
                             FormField(typed, prefix + "owner_role")));
  fields.push_back(DateField(prefix + "due_on", "By when?", "", DateFrom(typed, prefix + "due_on")));
}

// The rules' names for an action's fields ("owner.name") as the form's ("owner_name").
std::string ActionField(const std::string& field, const std::string& prefix) {
  if (field == "owner" || field == "owner.kind" || field == "owner.person_id") return prefix + "owner";
  if (field == "owner.name") return prefix + "owner_name";
  if (field == "owner.role") return prefix + "owner_role";
  return prefix + field;
}

RecordForm ActionForm(PlanService& plans) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "plan action form"};
  form.view = [&plans](const Request& request, const ChildRecord& child, const Form& typed,
                       bool) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(PlanDetail plan, FormPlan(plans, request, child));
    CR_ASSIGN_OR_RETURN(ActionOwners owners, plans.OwnersOf(child));
    RecordFormView view{
        .heading = "Add an action",
        .intro = PlanKindLabel(plan.plan.kind) + ": who will do what by when, and which goal of the plan it serves.",
        .submit_label = "Add the action",
        .back_href = PlanTabPath(child.summary.id),
        .back_text = "Back to the plan",
        .default_field = "description"};
    ActionFields(view.fields, plan, owners, typed, "", "Choose a goal");
    return view;
  };
  form.submit = [&plans](const Request& request, const ChildRecord& child, const Form& typed) -> Result<std::string> {
    CR_ASSIGN_OR_RETURN(PlanDetail plan, FormPlan(plans, request, child));
    Json input{{"goal_id", FormField(typed, "goal_id")},
               {"description", FormField(typed, "description")},
               {"owner", OwnerInput(typed, "")}};
    FieldErrors errors;
    ReadDateInto(typed, "due_on", "the date it will be done by", input, errors);
    auto added = plans.AddAction(*request.principal, plan.plan.id, input, AccessContextOf(request));
    if (!added.ok() && added.error().code != ErrorCode::kValidation) return added.error();
    if (!added.ok()) errors.Add(added.error());
    CR_RETURN_IF_ERROR(errors.ToStatus());
    return PlanTabPath(child.summary.id) + "?saved=1";
  };
  form.field_for = [](const std::string& field) { return ActionField(field, ""); };
  return form;
}

// "Name, role" a line, as the rules' attendees.
Json Attendees(const std::string& text) {
  Json out = Json::array();
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) {
      const size_t comma = line.find(',');
      Json a{{"name", comma == std::string::npos ? line : line.substr(0, comma)}};
      if (comma != std::string::npos) a["role"] = line.substr(comma + 1);
      out.push_back(std::move(a));
    }
    start = end + 1;
  }
  return out;
}

RecordForm ReviewForm(PlanService& plans) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "plan review form"};
  form.view = [&plans](const Request& request, const ChildRecord& child, const Form& typed,
                       bool) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(PlanDetail plan, FormPlan(plans, request, child));
    CR_ASSIGN_OR_RETURN(ActionOwners owners, plans.OwnersOf(child));
    RecordFormView view{.heading = "Record a review",
                        .intro = PlanKindLabel(plan.plan.kind) +
                                 ": who attended, what people said in their own "
                                 "words, progress on each goal, what was decided and "
                                 "the next steps.",
                        .submit_label = "Save the review",
                        .back_href = PlanTabPath(child.summary.id),
                        .back_text = "Back to the plan",
                        .default_field = "held_on"};
    Json& f = view.fields;
    f.push_back(DateField("held_on", "When was the review meeting?", "", DateFrom(typed, "held_on")));
    f.push_back(AreaField("attendees", "Who attended?",
                          "One person a line: their name, a comma, then their role. For example, Jo Smith, mum",
                          FormField(typed, "attendees")));
    f.push_back(Heading("Views, in their own words", "Write what people said, as they said it"));
    f.push_back(AreaField("child_views", "What did the child say?",
                          "Or what their behaviour told us, if they did not say", FormField(typed, "child_views")));
    f.push_back(TextField("parent_name", "Parent or carer’s name", "", FormField(typed, "parent_name")));
    f.push_back(AreaField("parent_views", "What did the parent or carer say?", "", FormField(typed, "parent_views")));
    f.push_back(TextField("important_name", "Important person’s name (optional)", "For example, Nan",
                          FormField(typed, "important_name")));
    f.push_back(AreaField("important_views", "What did they say?", "", FormField(typed, "important_views")));
    f.push_back(Heading("Progress on each goal"));
    for (const PlanGoal& g : plan.goals) {
      f.push_back(AreaField("progress_" + g.id, g.title, "What has changed since the plan started or the last review",
                            FormField(typed, "progress_" + g.id)));
    }
    f.push_back(AreaField("decisions", "What did the review decide?", "", FormField(typed, "decisions")));
    f.push_back(AreaField("next_steps", "Next steps (optional)", "Anything else that needs to happen",
                          FormField(typed, "next_steps")));
    std::vector<Option> open;
    for (const PlanAction& a : plan.actions) {
      if (a.status != "done") open.push_back({a.id, a.description, a.owner_name + ", by " + UkDate(a.due_on)});
    }
    if (!open.empty()) {
      std::set<std::string> done;
      auto [from, to] = typed.equal_range("done");
      for (auto it = from; it != to; ++it) done.insert(it->second);
      f.push_back(ChoiceField("done", "Which actions are done?", "Select all that apply", open, done, true));
    }
    f.push_back(Heading("A new action (optional)", "Who will do what by when"));
    ActionFields(f, plan, owners, typed, "new_", "No new action");
    return view;
  };
  form.submit = [&plans](const Request& request, const ChildRecord& child, const Form& typed) -> Result<std::string> {
    CR_ASSIGN_OR_RETURN(PlanDetail plan, FormPlan(plans, request, child));
    FieldErrors errors;
    Json input{{"attendees", Attendees(FormField(typed, "attendees"))},
               {"decisions", FormField(typed, "decisions")},
               {"next_steps", FormField(typed, "next_steps")}};
    ReadDateInto(typed, "held_on", "the date of the review meeting", input, errors);
    // The views, each remembering the form's fields it came from (to place its errors).
    Json views = Json::array();
    std::vector<std::string> view_fields;
    if (!FormField(typed, "child_views").empty()) {
      views.push_back({{"whose", "child"}, {"words", FormField(typed, "child_views")}});
      view_fields.push_back("child");
    }
    for (const auto& [whose, key] : {std::pair<std::string, std::string>{"parent", "parent"},
                                     std::pair<std::string, std::string>{"important_person", "important"}}) {
      if (FormField(typed, key + "_name").empty() && FormField(typed, key + "_views").empty()) continue;
      views.push_back(
          {{"whose", whose}, {"name", FormField(typed, key + "_name")}, {"words", FormField(typed, key + "_views")}});
      view_fields.push_back(key);
    }
    input["views"] = views;
    Json progress = Json::array();
    for (const PlanGoal& g : plan.goals) {
      const std::string text = FormField(typed, "progress_" + g.id);
      if (!text.empty()) progress.push_back({{"goal_id", g.id}, {"progress", text}});
    }
    input["progress"] = progress;
    Json changed = Json::array();
    auto [from, to] = typed.equal_range("done");
    for (auto it = from; it != to; ++it) changed.push_back({{"action_id", it->second}, {"status", "done"}});
    input["changed_actions"] = changed;
    const bool new_action = !FormField(typed, "new_goal_id").empty() || !FormField(typed, "new_description").empty();
    if (new_action) {
      Json action{{"goal_id", FormField(typed, "new_goal_id")},
                  {"description", FormField(typed, "new_description")},
                  {"owner", OwnerInput(typed, "new_")}};
      ReadDateInto(typed, "new_due_on", "the date the new action will be done by", action, errors);
      if (action.contains("new_due_on")) action["due_on"] = action["new_due_on"];
      action.erase("new_due_on");
      input["new_actions"] = Json::array({action});
    }
    auto held = plans.RecordReview(*request.principal, plan.plan.id, input, AccessContextOf(request));
    if (!held.ok() && held.error().code != ErrorCode::kValidation) return held.error();
    if (!held.ok()) {
      // The rules name the input's fields; the form's are named after what people typed.
      for (Error e : held.error().All()) {
        std::string& field = e.field;
        if (field == "views") {
          field = "child_views";
        } else if (field.starts_with("views[")) {
          const size_t i = std::stoul(field.substr(6));
          const std::string key = i < view_fields.size() ? view_fields[i] : "child";
          field = key == "child" ? "child_views" : field.ends_with(".name") ? key + "_name" : key + "_views";
        } else if (field.starts_with("progress.")) {
          field = "progress_" + field.substr(9);
        } else if (field.starts_with("progress[")) {
          const size_t i = std::stoul(field.substr(9));
          field = i < progress.size() ? "progress_" + progress[i]["goal_id"].get<std::string>() : "decisions";
        } else if (field.starts_with("attendees")) {
          field = "attendees";
        } else if (field.starts_with("changed_actions")) {
          field = "done";
        } else if (field.starts_with("new_actions[0].")) {
          field = ActionField(field.substr(15), "new_");
        }
        errors.Add(e);
      }
    }
    CR_RETURN_IF_ERROR(errors.ToStatus());
    return PlanTabPath(child.summary.id) + "?saved=1";
  };
  return form;
}

}  // namespace

void AddPlanActionAndReviewForms(std::vector<FeatureEndpoint>& out, AppContext& context, PlanService& plans) {
  AddRecordForm(out, context, "/children/{id}/plans/{plan}/actions/new", ActionForm(plans));
  AddRecordForm(out, context, "/children/{id}/plans/{plan}/review", ReviewForm(plans));
}

}  // namespace childrecord
