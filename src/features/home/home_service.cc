#include "features/home/home_service.h"

#include "core/time_format.h"
#include "features/allocation/allocation_repository.h"
#include "features/home/home_rules.h"
#include "features/plan/plan_repository.h"
#include "features/summary/summary_repository.h"

namespace childrecord {
namespace {

Status Only(const Principal& who, std::initializer_list<const char*> roles) {
  for (const char* role : roles) {
    if (who.user.role == role) return Status::Ok();
  }
  return Error::Forbidden("This list is on another role’s home page");
}

}  // namespace

Result<PractitionerHome> HomeService::Practitioner(const Principal& who, const AccessContext& access) {
  CR_RETURN_IF_ERROR(Only(who, {"practitioner"}));
  const HomeWindows windows = HomeWindowsAt(store_.clock().Now());
  PractitionerHome out;
  CR_ASSIGN_OR_RETURN(out.children_count, home_.CountAllocatedTo(tenant_id_, who.user.id));
  CR_ASSIGN_OR_RETURN(out.children, home_.AllocatedTo(tenant_id_, who.user.id, who.user.id, kHomeListLimit));
  CR_ASSIGN_OR_RETURN(out.late_entries,
                      home_.LateBy(tenant_id_, who.user.id, windows.week_start, who.user.id, kHomeListLimit));
  CR_ASSIGN_OR_RETURN(out.out_of_hours, SummaryRepository(store_).OutOfHoursEntriesFor(
                                            tenant_id_, who.user.id,
                                            FormatUtc(store_.clock().Now() - std::chrono::hours(72)), kHomeListLimit));
  CR_ASSIGN_OR_RETURN(out.actions_overdue,
                      PlanRepository(store_).OverdueActionsForWorker(
                          tenant_id_, who.user.id, FormatIsoDate(LondonDate(store_.clock().Now())), kHomeListLimit));
  CR_RETURN_IF_ERROR(
      record_access_.Log(who, "", AccessAction::kSearchChildren, access, "home: my children", "", "allowed"));
  return out;
}

Result<ManagerHome> HomeService::Manager(const Principal& who, const AccessContext& access) {
  CR_RETURN_IF_ERROR(Only(who, {"team_manager"}));
  ManagerHome out;
  if (who.user.team_id.empty()) return out;
  CR_ASSIGN_OR_RETURN(std::vector<TeamRecordCount> team, home_.TeamCounts(tenant_id_, who.user.team_id));
  if (team.empty()) return out;
  out.has_team = true;
  out.team = team.front();
  AllocationRepository allocations(store_);
  CR_ASSIGN_OR_RETURN(Page<UnallocatedChild> unallocated,
                      allocations.Unallocated(tenant_id_, who.user.team_id, kHomeListLimit));
  out.unallocated = std::move(unallocated.items);
  CR_ASSIGN_OR_RETURN(out.workers, allocations.TeamWorkers(tenant_id_, who.user.team_id));
  const HomeWindows windows = HomeWindowsAt(store_.clock().Now());
  CR_ASSIGN_OR_RETURN(out.late_entries,
                      home_.LateInTeam(tenant_id_, who.user.team_id, windows.week_start, who.user.id, kHomeListLimit));
  CR_RETURN_IF_ERROR(
      record_access_.Log(who, "", AccessAction::kSearchChildren, access, "home: my team", "", "allowed"));
  return out;
}

Result<std::vector<HomeChild>> HomeService::OpenedToday(const Principal& who, const AccessContext& access) {
  CR_RETURN_IF_ERROR(Only(who, {"first_contact", "team_manager", "senior_manager"}));
  const HomeWindows windows = HomeWindowsAt(store_.clock().Now());
  CR_ASSIGN_OR_RETURN(std::vector<HomeChild> today,
                      home_.OpenedSince(tenant_id_, windows.today_start, who.user.id, kHomeListLimit));
  CR_RETURN_IF_ERROR(
      record_access_.Log(who, "", AccessAction::kSearchChildren, access, "home: opened today", "", "allowed"));
  return today;
}

Result<std::vector<TeamRecordCount>> HomeService::Teams(const Principal& who, const AccessContext&) {
  CR_RETURN_IF_ERROR(Only(who, {"senior_manager"}));
  return home_.TeamCounts(tenant_id_, "");
}

Result<int64_t> HomeService::LockedAccounts(const Principal& who) {
  CR_RETURN_IF_ERROR(Only(who, {"admin"}));
  return home_.LockedAccounts(tenant_id_, FormatUtc(store_.clock().Now()));
}

}  // namespace childrecord
