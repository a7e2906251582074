#include "features/compliance/compliance_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "http/error_response.h"

namespace childrecord {
namespace {

Json FindingApiJson(const std::string& child_id, const Finding& f) {
  return {{"rule", f.rule_id},
          {"part", f.part},
          {"words", f.words},
          {"fix", f.fix.empty() ? Json(nullptr) : Json("/children/" + child_id + f.fix)},
          {"since", NullIfEmpty(f.since)}};
}

Json TeamComplianceJson(const TeamCompliance& team) {
  Json records = Json::array();
  for (const RecordCompliance& r : team.records) {
    Json findings = Json::array();
    for (const Finding& f : r.findings) findings.push_back(FindingApiJson(r.child.id, f));
    records.push_back({{"child_id", r.child.id},
                       {"full_name", r.child.full_name},
                       {"worker_id", NullIfEmpty(r.child.worker_id)},
                       {"worker", NullIfEmpty(r.child.worker_name)},
                       {"findings", findings}});
  }
  Json workers = Json::array();
  for (const WorkerCompliance& w : team.workers) {
    Json row = CountsJson(w);
    row["worker"] = NullIfEmpty(w.worker_name);
    workers.push_back(std::move(row));
  }
  return {{"team_id", team.team_id}, {"team", team.team_name}, {"records_checked", team.records_checked},
          {"records", records},      {"workers", workers},     {"next", NullIfEmpty(team.next)}};
}

}  // namespace

std::vector<FeatureEndpoint> ComplianceApiEndpoints(AppContext& context, ComplianceService& compliance) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET",
                 "/api/v1/compliance",
                 AccessAction::kOverseeTeam,
                 WithToken(context,
                           [&compliance](Request& request, const Principal& who) {
                             auto got = compliance.ForTeam(who, request.Query("team_id"), request.Query("cursor"),
                                                           AccessContextOf(request));
                             if (!got.ok()) return ApiErrorResponse(got.error());
                             return Response::Json(TeamComplianceJson(*got).dump());
                           }),
                 {{"summary",
                   "R20, R24, R25, R28: a page of 50 of a team's open records with what each is missing or has "
                   "overdue, and the counts per practitioner (the team's manager; a senior manager, any team)"},
                  {"parameters",
                   {Param("team_id", "query", "the team; absent: the caller's own", false),
                    Param("cursor", "query", "the `next` of the previous page", false)}},
                  {"responses", Ok("The team's records", Ref("TeamCompliance"), 200, {400, 401, 403, 422})}}});
  out.push_back({"GET",
                 "/api/v1/compliance/teams",
                 AccessAction::kOverseeTeam,
                 WithToken(context,
                           [&compliance](Request& request, const Principal& who) {
                             auto got = compliance.CountsByTeam(who, AccessContextOf(request));
                             if (!got.ok()) return ApiErrorResponse(got.error());
                             Json items = Json::array();
                             for (const TeamCounts& t : *got) {
                               Json row = CountsJson(t.totals);
                               row["team_id"] = t.team_id;
                               row["team"] = t.team_name;
                               items.push_back(std::move(row));
                             }
                             return Response::Json(Json{{"items", items}}.dump());
                           }),
                 {{"summary",
                   "R20, R24, R25, R28: the counts of what every open record of each team needs: every team for "
                   "a senior manager, their own for a team manager"},
                  {"responses", Ok("The counts per team", Ref("TeamCountsList"), 200, {401, 403})}}});
  return out;
}

Json ComplianceOpenApiSchemas() {
  const Json text = {{"type", "string"}};
  const Json optional_text = {{"type", "string"}, {"nullable", true}};
  const Json count = {{"type", "integer"}};
  Json schemas = Json::object();
  schemas["ComplianceFinding"] = {
      {"type", "object"},
      {"required", {"rule", "part", "words", "fix", "since"}},
      {"properties",
       {{"rule", {{"type", "string"}, {"description", "the soft rule's id: r20.genogram, r25.summary_due, ..."}}},
        {"part", text},
        {"words", text},
        {"fix", {{"type", "string"}, {"nullable", true}, {"description", "the record's page that fixes it"}}},
        {"since", {{"type", "string"}, {"nullable", true}, {"description", "when it became due (date or instant)"}}}}}};
  schemas["TeamCompliance"] = {{"type", "object"},
                               {"required", {"team_id", "team", "records_checked", "records", "workers", "next"}},
                               {"properties",
                                {{"team_id", text},
                                 {"team", text},
                                 {"records_checked", count},
                                 {"records",
                                  {{"type", "array"},
                                   {"items",
                                    {{"type", "object"},
                                     {"required", {"child_id", "full_name", "worker_id", "worker", "findings"}},
                                     {"properties",
                                      {{"child_id", text},
                                       {"full_name", text},
                                       {"worker_id", optional_text},
                                       {"worker", optional_text},
                                       {"findings", {{"type", "array"}, {"items", Ref("ComplianceFinding")}}}}}}}}},
                                 {"workers",
                                  {{"type", "array"},
                                   {"items",
                                    {{"type", "object"},
                                     {"properties",
                                      {{"worker", optional_text},
                                       {"records", count},
                                       {"summaries_due", count},
                                       {"assessments_overdue", count},
                                       {"actions_overdue", count},
                                       {"late_entries", count},
                                       {"parts_missing", count}}}}}}},
                                 {"next", optional_text}}}};
  Json team_counts = {{"type", "object"},
                      {"required",
                       {"team_id", "team", "records", "summaries_due", "assessments_overdue", "actions_overdue",
                        "late_entries", "parts_missing"}},
                      {"properties",
                       {{"team_id", text},
                        {"team", text},
                        {"records", count},
                        {"summaries_due", count},
                        {"assessments_overdue", count},
                        {"actions_overdue", count},
                        {"late_entries", count},
                        {"parts_missing", count}}}};
  schemas["TeamCountsList"] = {{"type", "object"},
                               {"required", {"items"}},
                               {"properties", {{"items", {{"type", "array"}, {"items", team_counts}}}}}};
  return schemas;
}

}  // namespace childrecord
