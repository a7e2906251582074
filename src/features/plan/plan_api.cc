#include "features/plan/plan_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "http/error_response.h"

namespace childrecord {

Json PlanJson(const PlanDetail& detail, Date today, const WorkingDayCalendar& calendar) {
  Json out = fields::ToJson(detail.plan);
  out["kind_label"] = PlanKindLabel(detail.plan.kind);
  out["in_force"] = detail.plan.InForce();
  std::vector<std::string> held;
  for (const PlanReview& r : detail.reviews) held.push_back(r.held_on);
  if (auto due = NextReviewDue(detail.plan, held, calendar)) {
    out["next_review"] = {{"due_by", FormatIsoDate(due->due_by)},
                          {"rule_id", due->rule_id},
                          {"why", due->why},
                          {"overdue", ReviewOverdue(*due, today)}};
  } else {
    out["next_review"] = nullptr;
  }
  Json goals = Json::array();
  for (const PlanGoal& g : detail.goals) {
    Json goal = fields::ToJson(g);
    Json actions = Json::array();
    for (const PlanAction& a : detail.actions) {
      if (a.goal_id != g.id) continue;
      Json action = fields::ToJson(a);
      action["overdue"] = ActionOverdue(a, today);
      actions.push_back(std::move(action));
    }
    goal["actions"] = std::move(actions);
    goals.push_back(std::move(goal));
  }
  out["goals"] = std::move(goals);
  Json reviews = Json::array();
  for (const PlanReview& r : detail.reviews) reviews.push_back(fields::ToJson(r));
  out["reviews"] = std::move(reviews);
  return out;
}

namespace {

// A write's handler: the JSON body to `write`, the plan after it as the answer.
template <typename Write>
Handler PlanWrite(AppContext& context, PlanService& plans, int status, Write write) {
  return WithToken(context, [&plans, status, write](Request& request, const Principal& who) {
    auto body = JsonBody(request);
    if (!body.ok()) return ApiErrorResponse(body.error());
    auto done = write(who, request.PathParam("id"), *body, AccessContextOf(request));
    if (!done.ok()) return ApiErrorResponse(done.error());
    return Response::Json(PlanJson(*done, plans.Today(), plans.calendar()).dump(), status);
  });
}

}  // namespace

std::vector<FeatureEndpoint> PlanApiEndpoints(AppContext& context, PlanService& plans) {
  const Json child = Param("id", "path", "the child's record", true);
  const Json plan = Param("id", "path", "the plan", true);
  const std::initializer_list<int> write_errors = {400, 401, 403, 404, 409, 422};
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET",
                 "/api/v1/children/{id}/plan",
                 AccessAction::kReadEntries,
                 WithToken(context,
                           [&plans](Request& request, const Principal& who) {
                             auto got = plans.ChildPlans(who, request.PathParam("id"), AccessContextOf(request));
                             if (!got.ok()) return ApiErrorResponse(got.error());
                             Json items = Json::array();
                             for (const PlanDetail& p : *got) {
                               items.push_back(PlanJson(p, plans.Today(), plans.calendar()));
                             }
                             return Response::Json(Json{{"items", items}, {"next", nullptr}}.dump());
                           }),
                 {{"summary", "R24, R20: the child's plans, those in force first, with goals, actions and reviews"},
                  {"parameters", {child}},
                  {"responses", Ok("The child's plans", ListOf("Plan"))}}});
  out.push_back({"POST",
                 "/api/v1/children/{id}/plan",
                 AccessAction::kRecordEntry,
                 PlanWrite(context, plans, 201,
                           [&plans](const Principal& who, const std::string& id, const Json& body,
                                    const AccessContext& access) { return plans.Start(who, id, body, access); }),
                 {{"summary", "R24: start a plan (at most one in force of each kind)"},
                  {"parameters", {child}},
                  {"requestBody", Body("NewPlan")},
                  {"responses", Ok("The plan", Ref("Plan"), 201, write_errors)}}});
  out.push_back({"GET",
                 "/api/v1/plans/{id}",
                 AccessAction::kReadEntries,
                 WithToken(context,
                           [&plans](Request& request, const Principal& who) {
                             auto got = plans.GetPlan(who, request.PathParam("id"), AccessContextOf(request));
                             if (!got.ok()) return ApiErrorResponse(got.error());
                             return Response::Json(PlanJson(*got, plans.Today(), plans.calendar()).dump());
                           }),
                 {{"summary", "R24: one plan with its goals, actions and reviews"},
                  {"parameters", {plan}},
                  {"responses", Ok("The plan", Ref("Plan"))}}});
  out.push_back({"POST",
                 "/api/v1/plans/{id}/goals",
                 AccessAction::kRecordEntry,
                 PlanWrite(context, plans, 201,
                           [&plans](const Principal& who, const std::string& id, const Json& body,
                                    const AccessContext& access) { return plans.AddGoal(who, id, body, access); }),
                 {{"summary", "R24: add a goal to a plan in force"},
                  {"parameters", {plan}},
                  {"requestBody", Body("NewPlanGoal")},
                  {"responses", Ok("The plan", Ref("Plan"), 201, write_errors)}}});
  out.push_back({"POST",
                 "/api/v1/plans/{id}/actions",
                 AccessAction::kRecordEntry,
                 PlanWrite(context, plans, 201,
                           [&plans](const Principal& who, const std::string& id, const Json& body,
                                    const AccessContext& access) { return plans.AddAction(who, id, body, access); }),
                 {{"summary", "R24: add an action — who will do what by when, for which goal of the plan"},
                  {"parameters", {plan}},
                  {"requestBody", Body("NewPlanAction")},
                  {"responses", Ok("The plan", Ref("Plan"), 201, write_errors)}}});
  out.push_back(
      {"POST",
       "/api/v1/plans/{id}/reviews",
       AccessAction::kRecordEntry,
       PlanWrite(context, plans, 201,
                 [&plans](const Principal& who, const std::string& id, const Json& body, const AccessContext& access) {
                   return plans.RecordReview(who, id, body, access);
                 }),
       {{"summary",
         "R24, R23: record a review meeting — who attended, the views in their own words, progress on each goal, "
         "decisions and next steps (new actions, actions done or changed)"},
        {"parameters", {plan}},
        {"requestBody", Body("NewPlanReview")},
        {"responses", Ok("The plan", Ref("Plan"), 201, write_errors)}}});
  out.push_back({"POST",
                 "/api/v1/plans/{id}/ending",
                 AccessAction::kRecordEntry,
                 PlanWrite(context, plans, 200,
                           [&plans](const Principal& who, const std::string& id, const Json& body,
                                    const AccessContext& access) { return plans.End(who, id, body, access); }),
                 {{"summary", "R24: end a plan, with the date and why"},
                  {"parameters", {plan}},
                  {"requestBody", Body("PlanEnding")},
                  {"responses", Ok("The plan, ended", Ref("Plan"), 200, write_errors)}}});
  return out;
}

Json PlanOpenApiSchemas() {
  const Json text = {{"type", "string"}};
  const Json optional_text = {{"type", "string"}, {"nullable", true}};
  const Json date = {{"type", "string"}, {"format", "date"}};
  Json schemas = Json::object();
  Json plan = fields::OpenApiSchema<Plan>("A plan of the child (R24, R20)");
  plan["properties"]["kind_label"] = text;
  plan["properties"]["in_force"] = {{"type", "boolean"}};
  plan["properties"]["next_review"] = {
      {"type", "object"},
      {"nullable", true},
      {"description", "R24's review timescale, computed on every read (null: none applies)"},
      {"properties", {{"due_by", date}, {"rule_id", text}, {"why", text}, {"overdue", {{"type", "boolean"}}}}}};
  plan["properties"]["goals"] = {{"type", "array"}, {"items", Ref("PlanGoal")}};
  plan["properties"]["reviews"] = {{"type", "array"}, {"items", Ref("PlanReview")}};
  schemas["Plan"] = std::move(plan);
  Json goal = fields::OpenApiSchema<PlanGoal>("A goal of the plan");
  goal["properties"]["actions"] = {{"type", "array"}, {"items", Ref("PlanAction")}};
  schemas["PlanGoal"] = std::move(goal);
  Json action = fields::OpenApiSchema<PlanAction>("Who will do what by when, for the goal (R24)");
  action["properties"]["overdue"] = {{"type", "boolean"}, {"description", "past its date and not done"}};
  schemas["PlanAction"] = std::move(action);
  schemas["PlanReview"] = fields::OpenApiSchema<PlanReview>("A review meeting (R24)");
  schemas["NewPlan"] = {
      {"type", "object"},
      {"required", {"kind", "started_on"}},
      {"properties",
       {{"kind", {{"type", "string"}, {"enum", {"child_in_need", "child_protection", "care_plan", "pathway_plan"}}}},
        {"started_on", date}}}};
  schemas["NewPlanGoal"] = {
      {"type", "object"}, {"required", {"title"}}, {"properties", {{"title", text}, {"description", optional_text}}}};
  const Json owner = {{"type", "object"},
                      {"required", {"kind"}},
                      {"description",
                       "the child's worker ({kind: worker}), a person on the record ({kind: person, person_id}) or "
                       "a named professional ({kind: named, name, role})"},
                      {"properties",
                       {{"kind", {{"type", "string"}, {"enum", {"worker", "person", "named"}}}},
                        {"person_id", text},
                        {"name", text},
                        {"role", text}}}};
  schemas["NewPlanAction"] = {
      {"type", "object"},
      {"required", {"goal_id", "description", "owner", "due_on"}},
      {"properties", {{"goal_id", text}, {"description", text}, {"owner", owner}, {"due_on", date}}}};
  schemas["PlanActionChange"] = {{"type", "object"},
                                 {"required", {"action_id"}},
                                 {"properties",
                                  {{"action_id", text},
                                   {"status", {{"type", "string"}, {"enum", {"open", "done"}}}},
                                   {"done_on", date},
                                   {"due_on", date},
                                   {"description", text}}}};
  schemas["NewPlanReview"] = {
      {"type", "object"},
      {"required", {"held_on", "attendees", "views", "progress", "decisions"}},
      {"properties",
       {{"held_on", date},
        {"attendees",
         {{"type", "array"},
          {"items",
           {{"type", "object"}, {"properties", {{"person_id", text}, {"name", text}, {"role", optional_text}}}}}}},
        {"views",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", {"whose", "words"}},
            {"properties",
             {{"whose", {{"type", "string"}, {"enum", {"child", "parent", "important_person"}}}},
              {"name", optional_text},
              {"words", text}}}}}}},
        {"progress",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", {"goal_id", "progress"}},
            {"properties", {{"goal_id", text}, {"progress", text}}}}}}},
        {"decisions", text},
        {"next_steps", optional_text},
        {"new_actions", {{"type", "array"}, {"items", Ref("NewPlanAction")}}},
        {"changed_actions", {{"type", "array"}, {"items", Ref("PlanActionChange")}}}}}};
  schemas["PlanEnding"] = {
      {"type", "object"}, {"required", {"ended_on", "reason"}}, {"properties", {{"ended_on", date}, {"reason", text}}}};
  return schemas;
}

}  // namespace childrecord
