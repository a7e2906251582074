#include "features/compliance/compliance_pages.h"

#include "http/url.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

std::string RecordPath(const std::string& child_id) { return "/children/" + child_id; }

// "4 December 2026" from RFC 3339 UTC or "YYYY-MM-DD"; "" for neither.
std::string Since(const std::string& when) {
  if (when.empty()) return "";
  return when.size() == 10 ? UkDate(when) : UkDateOf(when);
}

Response TeamPage(AppContext& context, ComplianceService& compliance, Request& request) {
  auto teams = compliance.TeamsFor(*request.principal);
  if (!teams.ok()) return ErrorPage(context, request, teams.error());
  const std::string cursor = request.Query("cursor");
  const std::string team_id = request.Query("team");
  Json data{{"team_choices", Json::array()}, {"no_team", false}};
  for (const Team& t : *teams) {
    data["team_choices"].push_back(
        {{"name", t.name},
         {"href", "/team/compliance?team=" + PercentEncode(t.id)},
         {"current", t.id == (team_id.empty() ? request.principal->user.team_id : team_id)}});
  }
  data["choose_team"] = teams->size() > 1;
  if (team_id.empty() && request.principal->user.team_id.empty()) {
    // A senior manager outside the teams starts from every team's counts.
    auto counts = compliance.CountsByTeam(*request.principal, AccessContextOf(request));
    if (!counts.ok()) return ErrorPage(context, request, counts.error());
    Json rows = Json::array();
    for (const TeamCounts& t : *counts) {
      Json row = CountsJson(t.totals);
      row["team"] = t.team_name;
      row["href"] = "/team/compliance?team=" + PercentEncode(t.team_id);
      rows.push_back(std::move(row));
    }
    data["team_counts"] = rows;
    data["no_team"] = true;
    return RenderPage(context, request, "compliance_team", "What the team’s records need", std::move(data), 200,
                      "compliance");
  }
  auto page = compliance.ForTeam(*request.principal, team_id, cursor, AccessContextOf(request));
  if (!page.ok()) return ErrorPage(context, request, page.error());
  Json workers = Json::array();
  for (const WorkerCompliance& w : page->workers) {
    Json row = CountsJson(w);
    row["worker"] = w.worker_name.empty() ? std::string("No allocated worker") : w.worker_name;
    workers.push_back(std::move(row));
  }
  Json records = Json::array();
  for (const RecordCompliance& r : page->records) {
    Json findings = Json::array();
    for (const Finding& f : r.findings) findings.push_back(FindingJson(r.child.id, f));
    records.push_back(
        {{"full_name", r.child.full_name},
         {"href", RecordPath(r.child.id)},
         {"worker", r.child.worker_name.empty() ? std::string("No allocated worker") : r.child.worker_name},
         {"findings", findings}});
  }
  const std::string base = "/team/compliance?team=" + PercentEncode(page->team_id);
  data["team"] = page->team_name;
  data["workers"] = workers;
  data["records"] = records;
  data["has_records"] = !records.empty();
  data["checked"] = page->records_checked;
  data["next_href"] = page->next.empty() ? Json(nullptr) : Json(base + "&cursor=" + PercentEncode(page->next));
  data["first_href"] = cursor.empty() ? Json(nullptr) : Json(base);
  return RenderPage(context, request, "compliance_team", "What the team’s records need", std::move(data), 200,
                    "compliance");
}

}  // namespace

Json FindingJson(const std::string& child_id, const Finding& f) {
  return {{"rule", f.rule_id},
          {"part", f.part},
          {"words", f.words},
          {"href", f.fix.empty() ? Json(nullptr) : Json(RecordPath(child_id) + f.fix)},
          {"since", f.since.empty() ? Json(nullptr) : Json(Since(f.since))}};
}

std::vector<FeatureEndpoint> CompliancePageEndpoints(AppContext& context, ComplianceService& compliance) {
  std::vector<FeatureEndpoint> out;
  // Names of the team's records with what they need: a team manager's own team, a senior manager's
  // any (the access table's team.oversee, then ComplianceService::ForTeam).
  out.push_back({"GET", "/team/compliance", AccessAction::kOverseeTeam,
                 SignedIn(context, [&context, &compliance](Request& request) {
                   return TeamPage(context, compliance, request);
                 })});
  return out;
}

std::vector<OverviewSection> ComplianceOverviewSections(std::shared_ptr<ComplianceService> compliance) {
  std::vector<OverviewSection> out;
  out.push_back({"compliance_record",
                 [compliance](const Principal&, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
                   CR_ASSIGN_OR_RETURN(RecordCompliance found, compliance->ForRecord(child));
                   Json findings = Json::array();
                   for (const Finding& f : found.findings) findings.push_back(FindingJson(child.summary.id, f));
                   data = {{"findings", findings}, {"complete", findings.empty()}};
                   return Status::Ok();
                 },
                 OverviewPlace::kSection});
  return out;
}

}  // namespace childrecord
