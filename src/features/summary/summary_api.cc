#include "features/summary/summary_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "features/people/household_rules.h"
#include "http/error_response.h"

namespace childrecord {
namespace {

std::string LabelOf(const std::vector<LabelledCode>& list, const std::string& code) {
  const LabelledCode* found = FindCode(list, code);
  return found ? found->label : code;
}

Json Text(const Json& type = "string", bool nullable = false) {
  Json t{{"type", type}};
  if (nullable) t["nullable"] = true;
  return t;
}

}  // namespace

Json CaseNoteSummaryJson(const CaseNoteSummary& summary) {
  Json people = Json::array();
  for (const SummaryKeyPerson& p : summary.key_people) {
    people.push_back({{"person_id", p.person_id},
                      {"full_name", NullIfEmpty(p.full_name)},
                      {"relationship", NullIfEmpty(p.relationship)},
                      {"phone", NullIfEmpty(p.phone)},
                      {"email", NullIfEmpty(p.email)},
                      {"safety", NullIfEmpty(p.safety)},
                      {"note", NullIfEmpty(p.note)},
                      {"on_record", p.on_record}});
  }
  const SummaryDue& d = summary.due;
  return Json{{"child_id", summary.child_id},
              {"current", summary.current ? fields::ToJson(*summary.current) : Json(nullptr)},
              {"key_people", std::move(people)},
              {"due",
               {{"rule", kSummaryDueRule},
                {"due", d.due},
                {"reason", NullIfEmpty(d.reason)},
                {"trigger", NullIfEmpty(d.trigger)},
                {"due_since", d.due_since.empty() ? Json(nullptr) : Json(LondonTime(d.due_since))},
                {"next_due", d.next_due.empty() ? Json(nullptr) : Json(LondonTime(d.next_due))}}}};
}

Json OutOfHoursJson(const OutOfHoursView& view) {
  Json entries = Json::array();
  for (const EntryView& e : view.latest_entries) {
    entries.push_back({{"id", e.id},
                       {"kind", e.kind},
                       {"title", e.title},
                       {"text", e.body},
                       {"occurred_at", LondonTime(e.occurred_at)},
                       {"recorded_by", e.recorded_by_name}});
  }
  Json living = nullptr;
  if (view.living) {
    living = {{"place_kind", view.living->place_kind},
              {"place_kind_label", LabelOf(LivingPlaceKinds(), view.living->place_kind)},
              {"place", NullIfEmpty(view.living->place)},
              {"with_whom", NullIfEmpty(view.living->with_whom)},
              {"legal_status", view.living->legal_status},
              {"legal_status_label", LabelOf(LegalStatuses(), view.living->legal_status)},
              {"since", view.living->effective_from}};
  }
  const ChildListItem& c = view.child.summary;
  return Json{{"child",
               {{"id", c.id},
                {"full_name", c.full_name},
                {"date_of_birth", NullIfEmpty(c.date_of_birth)},
                {"status", c.status}}},
              {"summary", CaseNoteSummaryJson(view.summary)},
              {"living", std::move(living)},
              // R24: the child protection plan in force; null: none.
              {"child_protection_plan", view.child_protection_plan
                                            ? Json{{"plan_id", view.child_protection_plan->id},
                                                   {"started_on", view.child_protection_plan->started_on}}
                                            : Json(nullptr)},
              {"allocated_worker", NullIfEmpty(c.allocated_worker_name)},
              {"team", NullIfEmpty(c.team_name)},
              {"latest_entries", view.entries_need_reason ? Json(nullptr) : entries},
              {"latest_entries_need_reason", view.entries_need_reason}};
}

std::vector<FeatureEndpoint> SummaryApiEndpoints(AppContext& context, SummaryService& summaries) {
  const Json id = Param("id", "path", "identifier", true);
  std::vector<FeatureEndpoint> out;
  // R25: what the Emergency Duty Team needs out of hours, in one read.
  out.push_back({"GET",
                 "/api/v1/children/{id}/summary",
                 AccessAction::kReadPeople,
                 WithToken(context,
                           [&summaries](Request& request, const Principal& who) {
                             auto got = summaries.OutOfHours(who, request.PathParam("id"), AccessContextOf(request));
                             if (!got.ok()) return ApiErrorResponse(got.error());
                             return Response::Json(OutOfHoursJson(*got).dump());
                           }),
                 {{"summary",
                   "R25: the Case Note Summary with its key people (phone, email, safe or not), where the child "
                   "lives, legal status, allocated worker and team, and the last 3 entries (null when they need "
                   "a stated reason: send X-Access-Reason)"},
                  {"parameters", {id}},
                  {"responses", Ok("The out-of-hours view", Ref("OutOfHoursSummary"), 200, {401, 403, 404})}}});
  out.push_back({"PUT",
                 "/api/v1/children/{id}/summary",
                 AccessAction::kRecordEntry,
                 WithToken(context,
                           [&summaries](Request& request, const Principal& who) {
                             auto body = JsonBody(request);
                             if (!body.ok()) return ApiErrorResponse(body.error());
                             auto done = summaries.Write(who, request.PathParam("id"), *body, AccessContextOf(request));
                             if (!done.ok()) return ApiErrorResponse(done.error());
                             return Response::Json(CaseNoteSummaryJson(*done).dump());
                           }),
                 {{"summary",
                   "R25: write a new version of the Case Note Summary (every version is kept); key people are "
                   "chosen from the people on the record"},
                  {"parameters", {id}},
                  {"requestBody", Body("NewCaseNoteSummary")},
                  {"responses", Ok("The summary", Ref("CaseNoteSummary"), 200, {400, 401, 403, 404, 409, 422})}}});
  out.push_back({"GET",
                 "/api/v1/children/{id}/summary/versions",
                 AccessAction::kReadPeople,
                 WithToken(context,
                           [&summaries](Request& request, const Principal& who) {
                             auto got = summaries.Versions(who, request.PathParam("id"), AccessContextOf(request));
                             if (!got.ok()) return ApiErrorResponse(got.error());
                             Json items = Json::array();
                             for (const SummaryVersion& v : *got) {
                               Json one = fields::ToJson(v);
                               one["key_people"] = Json::parse(v.key_people.empty() ? "[]" : v.key_people);
                               items.push_back(std::move(one));
                             }
                             return Response::Json(Json{{"items", items}, {"next", nullptr}}.dump());
                           }),
                 {{"summary", "R25: every version of the Case Note Summary, newest first, with who wrote it and when"},
                  {"parameters", {id}},
                  {"responses", Ok("The versions", ListOf("CaseNoteSummaryVersion"), 200, {401, 403, 404})}}});
  return out;
}

Json SummaryOpenApiSchemas() {
  Json schemas = Json::object();
  const Json key_person_in = {
      {"type", "object"},
      {"required", {"person_id"}},
      {"properties",
       {{"person_id", {{"type", "string"}, {"description", "a person on the child's record"}}},
        {"safety", {{"type", "string"}, {"nullable", true}, {"enum", {"safe", "not_safe"}}}},
        {"note", {{"type", "string"}, {"nullable", true}, {"description", "why; required when not_safe"}}}}}};
  schemas["NewCaseNoteSummary"] = {{"type", "object"},
                                   {"required", {"pen_picture", "worries", "what_helps", "safety_plan"}},
                                   {"properties",
                                    {{"pen_picture", Text()},
                                     {"worries", Text()},
                                     {"what_helps", Text()},
                                     {"safety_plan", Text()},
                                     {"contingency_plan", Text("string", true)},
                                     {"key_people", {{"type", "array"}, {"items", key_person_in}}}}}};
  Json version = fields::OpenApiSchema<SummaryVersion>("One version of the Case Note Summary (R25)");
  version["properties"]["key_people"] = {{"type", "array"}, {"items", key_person_in}};
  schemas["CaseNoteSummaryVersion"] = version;
  schemas["SummaryKeyPerson"] = {{"type", "object"},
                                 {"required", {"person_id", "on_record"}},
                                 {"properties",
                                  {{"person_id", Text()},
                                   {"full_name", Text("string", true)},
                                   {"relationship", Text("string", true)},
                                   {"phone", Text("string", true)},
                                   {"email", Text("string", true)},
                                   {"safety", {{"type", "string"}, {"nullable", true}, {"enum", {"safe", "not_safe"}}}},
                                   {"note", Text("string", true)},
                                   {"on_record", Text("boolean")}}}};
  schemas["SummaryDue"] = {
      {"type", "object"},
      {"required", {"rule", "due"}},
      {"properties",
       {{"rule", Text()},
        {"due", Text("boolean")},
        {"reason", Text("string", true)},
        {"trigger",
         {{"type", "string"}, {"nullable", true}, {"enum", {"none_yet", "three_months", "significant_change"}}}},
        {"due_since", {{"type", "string"}, {"format", "date-time"}, {"nullable", true}}},
        {"next_due", {{"type", "string"}, {"format", "date-time"}, {"nullable", true}}}}}};
  schemas["CaseNoteSummary"] = {{"type", "object"},
                                {"required", {"child_id", "current", "key_people", "due"}},
                                {"properties",
                                 {{"child_id", Text()},
                                  {"current", {{"allOf", {Ref("CaseNoteSummaryVersion")}}, {"nullable", true}}},
                                  {"key_people", {{"type", "array"}, {"items", Ref("SummaryKeyPerson")}}},
                                  {"due", Ref("SummaryDue")}}}};
  schemas["OutOfHoursSummary"] = {
      {"type", "object"},
      {"required",
       {"child", "summary", "living", "allocated_worker", "team", "latest_entries", "latest_entries_need_reason"}},
      {"properties",
       {{"child", {{"type", "object"}}},
        {"summary", Ref("CaseNoteSummary")},
        {"living", {{"type", "object"}, {"nullable", true}}},
        {"child_protection_plan",
         {{"type", "object"},
          {"nullable", true},
          {"description", "R24: the child protection plan in force; null when there is none"},
          {"properties",
           {{"plan_id", {{"type", "string"}}}, {"started_on", {{"type", "string"}, {"format", "date"}}}}}}},
        {"allocated_worker", Text("string", true)},
        {"team", Text("string", true)},
        {"latest_entries", {{"type", "array"}, {"nullable", true}, {"items", {{"type", "object"}}}}},
        {"latest_entries_need_reason", Text("boolean")}}}};
  return schemas;
}

}  // namespace childrecord
