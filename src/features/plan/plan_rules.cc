#include "features/plan/plan_rules.h"

#include <algorithm>

#include "core/field_errors.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

namespace {

bool HasGoal(const PlanDetail& plan, const std::string& goal_id) {
  return std::any_of(plan.goals.begin(), plan.goals.end(), [&](const PlanGoal& g) { return g.id == goal_id; });
}

const PlanAction* FindAction(const PlanDetail& plan, const std::string& action_id) {
  for (const PlanAction& a : plan.actions) {
    if (a.id == action_id) return &a;
  }
  return nullptr;
}

std::string PersonName(const ActionOwners& owners, const std::string& person_id) {
  for (const auto& [id, name] : owners.people) {
    if (id == person_id) return name;
  }
  return "";
}

// R24 "who will do what": an ended plan takes no more goals, actions or reviews.
Status RefuseEnded(const PlanDetail& plan, const std::string& what) {
  if (plan.plan.InForce()) return Status::Ok();
  auto ended = ParseIsoDate(plan.plan.ended_on);
  return Error::Conflict("This plan ended" + (ended ? " on " + FormatUkDate(*ended) : std::string()) + ": " + what +
                         " cannot be added to it. Nothing was changed");
}

// The action's owner: the child's worker, a person on the record, or a named professional.
Result<Json> ReadOwner(const Json& input, const ActionOwners& owners, const std::string& path) {
  auto owner = input.find("owner");
  if (owner == input.end() || !owner->is_object()) {
    return Error::Validation(path,
                             "Say who will do this: the child’s worker, a person on the record, or a name and role");
  }
  CR_ASSIGN_OR_RETURN(std::string kind, Choice(*owner, "kind", Join(path, "kind"), {"worker", "person", "named"},
                                               "Say who will do this: the child’s worker, a person on the record, or "
                                               "a name and role"));
  Json out{{"owner_kind", kind}, {"owner_person_id", nullptr}, {"owner_user_id", nullptr}, {"owner_role", nullptr}};
  if (kind == "worker") {
    if (owners.worker_id.empty()) {
      return Error::Validation(Join(path, "kind"),
                               "This record has no allocated worker: choose a person or write a name and role");
    }
    out["owner_user_id"] = owners.worker_id;
    out["owner_name"] = owners.worker_name;
    out["owner_role"] = "social worker";
    return out;
  }
  if (kind == "person") {
    CR_ASSIGN_OR_RETURN(std::string person_id,
                        Text(*owner, "person_id", Join(path, "person_id"), "Choose the person from the record", 64));
    const std::string name = PersonName(owners, person_id);
    if (name.empty()) return Error::Validation(Join(path, "person_id"), "Choose a person who is on this record");
    out["owner_person_id"] = person_id;
    out["owner_name"] = name;
    return out;
  }
  FieldErrors errors;
  auto name = Text(*owner, "name", Join(path, "name"), "Write the name of who will do this", 200);
  auto role = Text(*owner, "role", Join(path, "role"), "Write their role, for example school nurse", 200);
  errors.Check(name);
  errors.Check(role);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  out["owner_name"] = *name;
  out["owner_role"] = *role;
  return out;
}

// Where a review's list of {whose, name, words} views is read; R23, R37: their own words.
Json ReadViews(const Json& input, FieldErrors& errors) {
  Json views = Json::array();
  auto it = input.find("views");
  if (it == input.end() || !it->is_array() || it->empty()) {
    errors.Add(Error::Validation("views",
                                 "Record the views of the child, parents or important people, in their own "
                                 "words"));
    return views;
  }
  for (size_t i = 0; i < it->size(); ++i) {
    const Json& v = (*it)[i];
    const std::string at = Index("views", i);
    if (!v.is_object()) {
      errors.Add(Error::Validation(at, "Say whose views these are and what they said"));
      continue;
    }
    auto whose = Choice(v, "whose", Join(at, "whose"), {"child", "parent", "important_person"},
                        "Say whose views these are: the child, a parent or an important person");
    auto words = Text(v, "words", Join(at, "words"), "Write what they said, in their own words", kMaxLongText);
    const bool whose_ok = errors.Check(whose);
    auto name = Text(v, "name", Join(at, "name"), "Write whose views these are", 200, whose_ok && *whose != "child");
    const bool name_ok = errors.Check(name), words_ok = errors.Check(words);
    if (whose_ok && name_ok && words_ok) {
      views.push_back({{"whose", *whose}, {"name", OptText(*name)}, {"words", *words}});
    }
  }
  return views;
}

}  // namespace

const std::vector<std::string>& PlanKinds() {
  static const std::vector<std::string> kinds = {"child_in_need", "child_protection", "care_plan", "pathway_plan"};
  return kinds;
}

std::string PlanKindLabel(const std::string& kind) {
  if (kind == "child_in_need") return "Child in need plan";
  if (kind == "child_protection") return "Child protection plan";
  if (kind == "care_plan") return "Care plan (child in care)";
  if (kind == "pathway_plan") return "Pathway plan";
  return "Plan";
}

Result<Json> BuildPlanStarted(const Json& input, const std::string& child_id, const std::string& plan_id,
                              const std::vector<Plan>& plans, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  FieldErrors errors;
  auto kind = Choice(input, "kind", "kind", PlanKinds(),
                     "Choose the kind of plan: child in need, child protection, care plan or pathway plan");
  if (errors.Check(kind)) {
    for (const Plan& p : plans) {
      if (p.kind == *kind && p.InForce()) {
        auto started = ParseIsoDate(p.started_on);
        errors.Add(Error::Validation("kind", "There is already a " + PlanKindLabel(*kind) + " in force" +
                                                 (started ? ", started on " + FormatUkDate(*started) : "") +
                                                 ": end it before starting another"));
      }
    }
  }
  auto started_on = RequiredDate(input, "started_on", "started_on", "the date the plan started", Today(now),
                                 "The date the plan started must be today or earlier");
  errors.Check(started_on);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{
      {"plan_id", plan_id}, {"child_id", child_id}, {"kind", *kind}, {"started_on", FormatIsoDate(*started_on)}};
}

Result<Json> BuildGoalAdded(const Json& input, const PlanDetail& plan, const std::string& goal_id) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  CR_RETURN_IF_ERROR(RefuseEnded(plan, "a goal"));
  FieldErrors errors;
  auto title = Text(input, "title", "title", "Write the goal: what the plan is trying to achieve", 500);
  auto description = OptionalText(input, "description", "description", kMaxLongText);
  errors.Check(title);
  errors.Check(description);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"goal_id", goal_id},
              {"plan_id", plan.plan.id},
              {"child_id", plan.plan.child_id},
              {"title", *title},
              {"description", OptText(*description)}};
}

Result<Json> BuildActionAdded(const Json& input, const PlanDetail& plan, const std::string& action_id,
                              const ActionOwners& owners, const std::string& review_id, const std::string& prefix) {
  if (!input.is_object()) return Error::BadRequest("The action must be a JSON object", prefix);
  CR_RETURN_IF_ERROR(RefuseEnded(plan, "an action"));
  FieldErrors errors;
  // R24: support and actions link to goals — a goal of this plan.
  auto goal = Text(input, "goal_id", Join(prefix, "goal_id"), "Choose the goal this action serves", 64);
  if (errors.Check(goal) && !HasGoal(plan, *goal)) {
    errors.Add(Error::Validation(Join(prefix, "goal_id"), "Choose a goal of this plan"));
  }
  auto description = Text(input, "description", Join(prefix, "description"), "Write what will be done", 2000);
  errors.Check(description);
  auto owner = ReadOwner(input, owners, Join(prefix, "owner"));
  errors.Check(owner);
  auto due = RequiredDate(input, "due_on", Join(prefix, "due_on"), "the date it will be done by");
  errors.Check(due);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  Json out{{"action_id", action_id},
           {"plan_id", plan.plan.id},
           {"goal_id", *goal},
           {"child_id", plan.plan.child_id},
           {"description", *description},
           {"due_on", FormatIsoDate(*due)},
           {"status", "open"},
           {"done_on", nullptr},
           {"version", 1},
           {"review_id", OptText(review_id)}};
  out.update(*owner);
  return out;
}

Result<Json> BuildActionChanged(const Json& input, const PlanDetail& plan, const std::string& review_id,
                                const std::string& held_on, const std::string& prefix) {
  if (!input.is_object()) return Error::BadRequest("The change must be a JSON object", prefix);
  FieldErrors errors;
  auto id = Text(input, "action_id", Join(prefix, "action_id"), "Choose the action that changed", 64);
  if (!errors.Check(id)) return errors.ToStatus().error();
  const PlanAction* action = FindAction(plan, *id);
  if (action == nullptr) return Error::Validation(Join(prefix, "action_id"), "Choose an action of this plan");
  auto status =
      Choice(input, "status", Join(prefix, "status"), {"open", "done"}, "Say whether the action is done", false);
  errors.Check(status);
  auto done_on = OptionalDate(input, "done_on", Join(prefix, "done_on"), "the date it was done");
  errors.Check(done_on);
  auto due = OptionalDate(input, "due_on", Join(prefix, "due_on"), "the new date it will be done by");
  errors.Check(due);
  auto description = OptionalText(input, "description", Join(prefix, "description"), 2000);
  errors.Check(description);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  const std::string new_status = status->empty() ? action->status : *status;
  std::string new_done_on;
  if (new_status == "done") {
    new_done_on = *done_on ? FormatIsoDate(**done_on) : (action->done_on.empty() ? held_on : action->done_on);
  }
  const std::string new_due = *due ? FormatIsoDate(**due) : action->due_on;
  const std::string new_description = description->empty() ? action->description : *description;
  if (new_status == action->status && new_done_on == action->done_on && new_due == action->due_on &&
      new_description == action->description) {
    return Error::Validation(Join(prefix, "status"), "Say what changed: done, a new date or new words");
  }
  return Json{{"action_id", action->id},
              {"plan_id", plan.plan.id},
              {"goal_id", action->goal_id},
              {"child_id", plan.plan.child_id},
              {"description", new_description},
              {"owner_kind", action->owner_kind},
              {"owner_person_id", OptText(action->owner_person_id)},
              {"owner_user_id", OptText(action->owner_user_id)},
              {"owner_name", action->owner_name},
              {"owner_role", OptText(action->owner_role)},
              {"due_on", new_due},
              {"status", new_status},
              {"done_on", OptText(new_done_on)},
              {"version", action->version + 1},
              {"review_id", OptText(review_id)}};
}

Result<ReviewEvents> BuildReviewHeld(const Json& input, const PlanDetail& plan, const std::string& review_id,
                                     const std::vector<std::string>& new_action_ids, const ActionOwners& owners,
                                     TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  // R24: a review belongs to a plan in force.
  if (!plan.plan.InForce()) {
    auto ended = ParseIsoDate(plan.plan.ended_on);
    return Error::Conflict("This plan ended" + (ended ? " on " + FormatUkDate(*ended) : std::string()) +
                           ": a review cannot be recorded for a plan that has ended. Nothing was changed");
  }
  FieldErrors errors;
  auto held = RequiredDate(input, "held_on", "held_on", "the date of the review meeting", Today(now),
                           "The date of the review meeting must be today or earlier");
  if (errors.Check(held)) {
    if (auto started = ParseIsoDate(plan.plan.started_on); started && *held < *started) {
      errors.Add(Error::Validation("held_on",
                                   "The review cannot be before the plan started (" + FormatUkDate(*started) + ")"));
    }
  }
  Json attendees = PeopleChosenOrNamed(input, "attendees", "attendees", "Say who attended the review meeting",
                                       /*with_role=*/true, errors);
  for (Json& a : attendees) {
    if (a.contains("person_id")) a["name"] = PersonName(owners, a["person_id"].get<std::string>());
  }
  Json views = ReadViews(input, errors);
  // R24: progress on each goal of the plan.
  Json progress = Json::array();
  const Json* given = input.contains("progress") && input["progress"].is_array() ? &input["progress"] : nullptr;
  for (size_t i = 0; given != nullptr && i < given->size(); ++i) {
    const Json& p = (*given)[i];
    const std::string at = Index("progress", i);
    if (!p.is_object()) {
      errors.Add(Error::Validation(at, "Say what progress was made on the goal"));
      continue;
    }
    auto goal = Text(p, "goal_id", Join(at, "goal_id"), "Choose the goal", 64);
    if (errors.Check(goal) && !HasGoal(plan, *goal)) {
      errors.Add(Error::Validation(Join(at, "goal_id"), "Choose a goal of this plan"));
    }
    auto text = Text(p, "progress", Join(at, "progress"), "Say what progress was made on this goal", kMaxLongText);
    if (errors.Check(text) && goal.ok()) progress.push_back({{"goal_id", *goal}, {"progress", *text}});
  }
  for (size_t g = 0; g < plan.goals.size(); ++g) {
    const bool has =
        std::any_of(progress.begin(), progress.end(), [&](const Json& p) { return p["goal_id"] == plan.goals[g].id; });
    const bool errored = given != nullptr && std::any_of(given->begin(), given->end(), [&](const Json& p) {
                           return p.is_object() && p.value("goal_id", "") == plan.goals[g].id;
                         });
    if (!has && !errored) {
      errors.Add(Error::Validation("progress." + plan.goals[g].id,
                                   "Say what progress was made on the goal “" + plan.goals[g].title + "”"));
    }
  }
  auto decisions = Text(input, "decisions", "decisions", "Write the decisions the review made", kMaxLongText);
  errors.Check(decisions);
  auto next_steps = OptionalText(input, "next_steps", "next_steps", kMaxLongText);
  errors.Check(next_steps);
  ReviewEvents out;
  const std::string held_iso = held.ok() ? FormatIsoDate(*held) : "";
  if (auto it = input.find("new_actions"); it != input.end() && !it->is_null()) {
    if (!it->is_array()) {
      errors.Add(Error::Validation("new_actions", "The new actions must be a list"));
    } else {
      for (size_t i = 0; i < it->size(); ++i) {
        const std::string id = i < new_action_ids.size() ? new_action_ids[i] : std::string();
        if (id.empty()) return Error::Internal("too few ids for the review's new actions");
        auto added = BuildActionAdded((*it)[i], plan, id, owners, review_id, Index("new_actions", i));
        if (errors.Check(added)) out.added.push_back(*std::move(added));
      }
    }
  }
  if (auto it = input.find("changed_actions"); it != input.end() && !it->is_null()) {
    if (!it->is_array()) {
      errors.Add(Error::Validation("changed_actions", "The changed actions must be a list"));
    } else {
      for (size_t i = 0; i < it->size(); ++i) {
        auto changed = BuildActionChanged((*it)[i], plan, review_id, held_iso, Index("changed_actions", i));
        if (errors.Check(changed)) out.changed.push_back(*std::move(changed));
      }
    }
  }
  CR_RETURN_IF_ERROR(errors.ToStatus());
  out.review = Json{{"review_id", review_id}, {"plan_id", plan.plan.id}, {"child_id", plan.plan.child_id},
                    {"held_on", held_iso},    {"attendees", attendees},  {"views", views},
                    {"progress", progress},   {"decisions", *decisions}, {"next_steps", OptText(*next_steps)}};
  return out;
}

Result<Json> BuildPlanEnded(const Json& input, const PlanDetail& plan, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  if (!plan.plan.InForce()) {
    auto ended = ParseIsoDate(plan.plan.ended_on);
    return Error::Conflict("This plan already ended" + (ended ? " on " + FormatUkDate(*ended) : std::string()) +
                           ": nothing was changed");
  }
  FieldErrors errors;
  auto ended_on = RequiredDate(input, "ended_on", "ended_on", "the date the plan ended", Today(now),
                               "The date the plan ended must be today or earlier");
  if (errors.Check(ended_on)) {
    if (auto started = ParseIsoDate(plan.plan.started_on); started && *ended_on < *started) {
      errors.Add(
          Error::Validation("ended_on", "The plan cannot end before it started (" + FormatUkDate(*started) + ")"));
    }
  }
  auto reason = Text(input, "reason", "reason", "Say why the plan ended", kMaxLongText);
  errors.Check(reason);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"plan_id", plan.plan.id},
              {"child_id", plan.plan.child_id},
              {"ended_on", FormatIsoDate(*ended_on)},
              {"reason", *reason}};
}

Date AddMonthsClamped(Date from, int months) {
  using namespace std::chrono;
  year_month_day out = from + std::chrono::months(months);
  if (!out.ok()) out = year_month_day_last(out.year(), month_day_last(out.month()));
  return out;
}

std::optional<ReviewDue> NextReviewDue(const Plan& plan, const std::vector<std::string>& reviews_held,
                                       const WorkingDayCalendar& calendar) {
  if (!plan.InForce()) return std::nullopt;
  auto started = ParseIsoDate(plan.started_on);
  if (!started) return std::nullopt;
  std::vector<Date> held;
  for (const std::string& r : reviews_held) {
    if (auto d = ParseIsoDate(r)) held.push_back(*d);
  }
  std::sort(held.begin(), held.end());
  if (plan.kind == "child_protection") {
    if (held.empty()) {
      return ReviewDue{"R24.cp_first", AddMonthsClamped(*started, 3),
                       "A child protection plan’s first review is due within 3 months of its start"};
    }
    return ReviewDue{"R24.cp_next", AddMonthsClamped(held.back(), 6),
                     "A child protection plan is reviewed at least every 6 months"};
  }
  if (plan.kind == "care_plan") {
    if (held.empty()) {
      return ReviewDue{"R24.cic_first", calendar.AddWorkingDays(*started, 20),
                       "A child in care’s first review is due within 20 working days of the plan’s start"};
    }
    if (held.size() == 1) {
      return ReviewDue{"R24.cic_second", AddMonthsClamped(held.back(), 3),
                       "A child in care’s second review is due within 3 months of the first"};
    }
    return ReviewDue{"R24.cic_next", AddMonthsClamped(held.back(), 6),
                     "A child in care’s plan is reviewed at least every 6 months after the second review"};
  }
  if (plan.kind == "pathway_plan") {
    return ReviewDue{"R24.pathway_next", AddMonthsClamped(held.empty() ? *started : held.back(), 6),
                     "A pathway plan is reviewed at least every 6 months"};
  }
  return std::nullopt;
}

bool ReviewOverdue(const ReviewDue& due, Date today) { return today > due.due_by; }

bool ActionOverdue(const PlanAction& action, Date today) {
  if (action.status == "done") return false;
  auto due = ParseIsoDate(action.due_on);
  return due && *due < today;
}

}  // namespace childrecord
