#include "features/compliance/compliance_service.h"

#include <algorithm>

#include "auth/access_policy.h"
#include "core/time_format.h"
#include "features/assessment/assessment_repository.h"
#include "features/assessment/assessment_rules.h"
#include "features/chronology/chronology_repository.h"
#include "features/plan/plan_repository.h"
#include "store/account_repository.h"

namespace childrecord {
namespace {

// R28's look-back on the team's page: late entries of the last 3 months.
constexpr std::chrono::hours kLateLookBack{24 * 91};
constexpr int64_t kTeamPageSize = 50;
// The counts walk a team's records in larger pages: nothing of them is shown.
constexpr int64_t kCountPageSize = 500;

}  // namespace

ComplianceService::ComplianceService(Store& store, std::string tenant_id, RecordAccess& record_access)
    : store_(store),
      tenant_id_(std::move(tenant_id)),
      record_access_(record_access),
      repository_(store),
      summaries_(store, tenant_id_, record_access) {}

Result<RecordFacts> ComplianceService::FactsOf(const ComplianceChild& child, bool closed) {
  const TimePoint now = store_.clock().Now();
  const Date today = LondonDate(now);
  RecordFacts f;
  f.closed = closed;
  CR_ASSIGN_OR_RETURN(int64_t people, repository_.PeopleOf(tenant_id_, child.id));
  f.people_besides_child = static_cast<int>(people);
  CR_ASSIGN_OR_RETURN(auto chronology, ChronologyRepository(store_).List(tenant_id_, child.id, {}, "", 1));
  f.has_chronology = !chronology.items.empty();
  CR_ASSIGN_OR_RETURN(auto assessments, AssessmentRepository(store_).ForChild(tenant_id_, child.id));
  f.assessments = static_cast<int>(assessments.size());
  for (const auto& a : assessments) {
    if (a.status == kAuthorised) f.assessment_authorised = true;
    if (AssessmentOverdue(a.status, a.due_on, today)) {
      f.assessment_overdue = true;
      f.assessment_due_on = a.due_on;
    }
  }
  PlanRepository plans(store_);
  CR_ASSIGN_OR_RETURN(auto child_plans, plans.PlansOfChild(tenant_id_, child.id));
  f.plan_in_force = std::any_of(child_plans.begin(), child_plans.end(), [](const auto& p) { return p.InForce(); });
  CR_ASSIGN_OR_RETURN(auto overdue, plans.OverdueActionsForChild(tenant_id_, child.id, FormatIsoDate(today)));
  f.actions_overdue = static_cast<int>(overdue.size());
  if (!closed) {
    CR_ASSIGN_OR_RETURN(CaseNoteSummary summary, summaries_.Current(child.id, child.opened_at));
    f.summary_due = summary.due.due;
    f.summary_due_reason = summary.due.reason;
    f.summary_due_since = summary.due.due_since;
  } else {
    CR_ASSIGN_OR_RETURN(f.closing_summary_missing, repository_.LatestClosureWithoutSummary(tenant_id_, child.id));
  }
  CR_ASSIGN_OR_RETURN(int64_t late, repository_.LateEntriesSince(tenant_id_, child.id, FormatUtc(now - kLateLookBack)));
  f.late_entries_3_months = static_cast<int>(late);
  return f;
}

Result<RecordCompliance> ComplianceService::ForRecord(const ChildRecord& child) {
  ComplianceChild c{child.summary.id,
                    child.summary.full_name,
                    child.allocated_worker_id,
                    child.summary.allocated_worker_name,
                    child.summary.status,
                    child.summary.opened_at,
                    ""};
  CR_ASSIGN_OR_RETURN(RecordFacts facts, FactsOf(c, child.summary.status == "closed"));
  return RecordCompliance{c, CheckRecord(facts)};
}

Result<std::vector<Team>> ComplianceService::TeamsFor(const Principal& who) {
  if (!IsManagerRole(who.user.role)) {
    return Error::Forbidden(
        "Only a team manager or a senior manager has a page of what the team’s records are missing");
  }
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, AccountRepository(store_).ListTeams(tenant_id_));
  if (who.user.role != "senior_manager") {
    std::erase_if(teams, [&](const Team& t) { return t.id != who.user.team_id; });
  }
  return teams;
}

Result<std::vector<TeamCounts>> ComplianceService::CountsByTeam(const Principal& who, const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, TeamsFor(who));
  CR_RETURN_IF_ERROR(
      record_access_.Log(who, "", AccessAction::kOverseeTeam, access, "compliance: counts by team", "", "allowed"));
  std::vector<TeamCounts> out;
  for (const Team& team : teams) {
    TeamCounts counts{.team_id = team.id, .team_name = team.name};
    std::string cursor;
    do {
      CR_ASSIGN_OR_RETURN(Page<ComplianceChild> page,
                          repository_.OpenRecordsOfTeam(tenant_id_, team.id, who.user.id, cursor, kCountPageSize));
      for (const ComplianceChild& c : page.items) {
        CR_ASSIGN_OR_RETURN(RecordFacts facts, FactsOf(c, false));
        CountRecord(counts.totals, {c, CheckRecord(facts)});
      }
      cursor = page.next;
    } while (!cursor.empty());
    out.push_back(std::move(counts));
  }
  return out;
}

Result<TeamCompliance> ComplianceService::ForTeam(const Principal& who, const std::string& team_id,
                                                  const std::string& cursor, const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, TeamsFor(who));
  const std::string wanted = team_id.empty() ? who.user.team_id : team_id;
  if (wanted.empty()) return Error::Validation("team_id", "Choose a team");
  auto team = std::find_if(teams.begin(), teams.end(), [&](const Team& t) { return t.id == wanted; });
  if (team == teams.end()) {
    return Error::Forbidden("A team manager sees their own team’s records; a senior manager sees every team’s");
  }
  CR_RETURN_IF_ERROR(
      record_access_.Log(who, "", AccessAction::kOverseeTeam, access, "compliance: " + team->name, "", "allowed"));
  CR_ASSIGN_OR_RETURN(Page<ComplianceChild> page,
                      repository_.OpenRecordsOfTeam(tenant_id_, team->id, who.user.id, cursor, kTeamPageSize));
  TeamCompliance out{.team_id = team->id, .team_name = team->name, .next = page.next};
  std::vector<RecordCompliance> all;
  for (const ComplianceChild& c : page.items) {
    CR_ASSIGN_OR_RETURN(RecordFacts facts, FactsOf(c, false));
    all.push_back({c, CheckRecord(facts)});
  }
  out.records_checked = static_cast<int>(all.size());
  out.workers = CountByWorker(all);
  for (RecordCompliance& r : all) {
    if (!r.findings.empty()) out.records.push_back(std::move(r));
  }
  return out;
}

}  // namespace childrecord
