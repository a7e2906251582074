#include "features/assessment/assessment_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "http/error_response.h"

namespace childrecord {

Json AssessmentJson(const AssessmentView& view, Date today) {
  Json out = fields::ToJson(view);
  if (!out["content"].is_object()) out["content"] = Json::object();
  out["overdue"] = AssessmentOverdue(view.status, view.due_on, today);
  out["authorised_late"] = AssessmentAuthorisedLate(view.status, view.due_on, view.authorised_on);
  out["outcome_label"] = view.outcome.empty() ? Json(nullptr) : Json(AssessmentOutcomeLabel(view.outcome));
  return out;
}

std::vector<FeatureEndpoint> AssessmentApiEndpoints(AppContext& context, AssessmentService& assessments) {
  const Json id = Param("id", "path", "identifier", true);
  std::vector<FeatureEndpoint> out;
  auto one = [&assessments](const Result<AssessmentView>& result, int status = 200) {
    return OneResponse(
        result, [&](const AssessmentView& v) { return AssessmentJson(v, assessments.Today()); }, status);
  };
  out.push_back({"GET",
                 "/api/v1/children/{id}/assessments",
                 AccessAction::kReadEntries,
                 WithToken(context,
                           [&assessments](Request& request, const Principal& who) {
                             auto list = assessments.List(who, request.PathParam("id"), AccessContextOf(request));
                             if (!list.ok()) return ApiErrorResponse(list.error());
                             Json items = Json::array();
                             for (const AssessmentView& v : *list)
                               items.push_back(AssessmentJson(v, assessments.Today()));
                             return Response::Json(Json{{"items", items}, {"next", nullptr}}.dump());
                           }),
                 {{"summary", "R20: the record's Child and Family Assessments, newest first"},
                  {"parameters", {id}},
                  {"responses", Ok("The assessments", ListOf("Assessment"), 200, {401, 403, 404})}}});
  out.push_back(
      {"POST",
       "/api/v1/children/{id}/assessments",
       AccessAction::kRecordEntry,
       WithToken(context,
                 [one, &assessments](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return one(assessments.Start(who, request.PathParam("id"), *body, AccessContextOf(request)), 201);
                 }),
       {{"summary", "R20: start a Child and Family Assessment, due 45 working days after the referral"},
        {"parameters", {id}},
        {"requestBody", Body("AssessmentStart")},
        {"responses", Ok("The assessment, started", Ref("Assessment"), 201, {400, 401, 403, 404, 409, 422})}}});
  out.push_back(
      {"GET",
       "/api/v1/assessments/{id}",
       AccessAction::kReadEntries,
       WithToken(context,
                 [&assessments](Request& request, const Principal& who) {
                   const AccessContext access = AccessContextOf(request);
                   auto view = assessments.Get(who, request.PathParam("id"), access);
                   if (!view.ok()) return ApiErrorResponse(view.error());
                   auto versions = assessments.Versions(who, view->id, access);
                   if (!versions.ok()) return ApiErrorResponse(versions.error());
                   Json out = AssessmentJson(*view, assessments.Today());
                   out["versions"] = Json::array();
                   for (const AssessmentVersion& v : *versions) out["versions"].push_back(fields::ToJson(v));
                   return Response::Json(out.dump());
                 }),
       {{"summary", "R20: one assessment, with every version saved (nothing is overwritten)"},
        {"parameters", {id}},
        {"responses", Ok("The assessment and its versions", Ref("AssessmentWithVersions"), 200, {401, 403, 404})}}});
  out.push_back(
      {"POST",
       "/api/v1/assessments/{id}/versions",
       AccessAction::kRecordEntry,
       WithToken(context,
                 [one, &assessments](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return one(assessments.Save(who, request.PathParam("id"), *body, AccessContextOf(request)));
                 }),
       {{"summary", "R20, R23, R37, R38: save a version of the draft (the members sent replace the latest version's)"},
        {"parameters", {id}},
        {"requestBody", Body("AssessmentVersionInput")},
        {"responses", Ok("The assessment as saved", Ref("Assessment"), 200, {400, 401, 403, 404, 409, 422})}}});
  out.push_back({"POST",
                 "/api/v1/assessments/{id}/completion",
                 AccessAction::kRecordEntry,
                 WithToken(context,
                           [one, &assessments](Request& request, const Principal& who) {
                             return one(assessments.Complete(who, request.PathParam("id"), AccessContextOf(request)));
                           }),
                 {{"summary", "R20: send the assessment to a manager; every missing section is named at once"},
                  {"parameters", {id}},
                  {"responses",
                   Ok("The assessment, waiting for a manager", Ref("Assessment"), 200, {401, 403, 404, 409, 422})}}});
  out.push_back(
      {"POST",
       "/api/v1/assessments/{id}/authorisation",
       AccessAction::kRecordDecision,
       WithToken(context,
                 [one, &assessments](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return one(assessments.Decide(who, request.PathParam("id"), *body, AccessContextOf(request)));
                 }),
       {{"summary", "R23, R27: a manager authorises the assessment or returns it, with reasons (never its author)"},
        {"parameters", {id}},
        {"requestBody", Body("AssessmentDecision")},
        {"responses", Ok("The assessment, decided", Ref("Assessment"), 200, {400, 401, 403, 404, 409, 422})}}});
  return out;
}

Json AssessmentOpenApiSchemas() {
  const Json text = {{"type", "string"}, {"nullable", true}};
  const Json date = {{"type", "string"}, {"format", "date"}};
  Json outcomes = Json::array();
  for (const auto& o : AssessmentOutcomes()) outcomes.push_back(o.code);
  Json supports = Json::array();
  for (const auto& s : ViewSupports()) supports.push_back(s.code);
  Json schemas = Json::object();
  Json assessment = fields::OpenApiSchema<AssessmentView>("R20: a Child and Family Assessment");
  assessment["properties"]["overdue"] = {{"type", "boolean"}, {"description", "not authorised by its due date"}};
  assessment["properties"]["authorised_late"] = {{"type", "boolean"}, {"description", "authorised after its due date"}};
  assessment["properties"]["outcome_label"] = text;
  schemas["Assessment"] = assessment;
  Json with_versions = assessment;
  with_versions["properties"]["versions"] = {{"type", "array"},
                                             {"items", fields::OpenApiSchema<AssessmentVersion>("one saved version")}};
  schemas["AssessmentWithVersions"] = with_versions;
  schemas["AssessmentStart"] = {
      {"type", "object"},
      {"properties", {{"started_on", {{"type", "string"}, {"format", "date"}, {"description", "today when absent"}}}}}};
  Json view = {{"type", "object"},
               {"required", {"whose", "words", "agrees"}},
               {"properties",
                {{"whose", {{"type", "string"}, {"description", "\"child\", or the id of a person on the record"}}},
                 {"words", {{"type", "string"}, {"description", "their views in their own words (R37)"}}},
                 {"agrees", {{"type", "string"}, {"enum", {"yes", "no", "partly"}}}},
                 {"support", {{"type", "array"}, {"items", {{"type", "string"}, {"enum", supports}}}}},
                 {"support_other", text}}}};
  schemas["AssessmentVersionInput"] = {{"type", "object"},
                                       {"properties",
                                        {{"expected_version", {{"type", "integer"}, {"nullable", true}}},
                                         {"developmental_needs", text},
                                         {"parenting_capacity", text},
                                         {"family_environment", text},
                                         {"views", {{"type", "array"}, {"items", view}}},
                                         {"analysis", text},
                                         {"outcome", {{"type", "string"}, {"nullable", true}, {"enum", outcomes}}},
                                         {"recommendation", text}}}};
  schemas["AssessmentDecision"] = {
      {"type", "object"},
      {"required", {"decision", "reasons"}},
      {"properties",
       {{"decision", {{"type", "string"}, {"enum", {"authorise", "return"}}}}, {"reasons", {{"type", "string"}}}}}};
  (void)date;
  return schemas;
}

}  // namespace childrecord
