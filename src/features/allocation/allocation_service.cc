#include "features/allocation/allocation_service.h"

#include <optional>

#include "auth/access_policy.h"
#include "features/allocation/allocation_events.h"
#include "features/allocation/allocation_rules.h"
#include "features/children/child_repository.h"
#include "store/account_repository.h"

namespace childrecord {

Result<RecordAllocation> AllocationService::Allocate(const Principal& who, const std::string& child_id,
                                                     const Json& input, const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordDecision, access, "allocate"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  if (!MayAllocate(who.user, child.team_id)) return Error::Forbidden(kOnlyManagersAllocate);
  std::optional<UserAccount> worker;
  if (auto id = input.is_object() ? input.find("worker_id") : input.end();
      input.is_object() && id != input.end() && id->is_string() && !id->get<std::string>().empty()) {
    auto found = AccountRepository(store_).FindUser(tenant_id_, id->get<std::string>());
    if (found.ok()) {
      worker = *found;
    } else if (found.error().code != ErrorCode::kNotFound) {
      return found.error();
    }
  }
  const AllocationState state{child.team_id, child.allocated_worker_id, child.summary.allocated_worker_name,
                              child.summary.status == "closed"};
  CR_ASSIGN_OR_RETURN(Json payload, BuildChildAllocated(input, child_id, state, worker));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChildAllocated, std::move(payload)}}));
  CR_ASSIGN_OR_RETURN(ChildRecord now, ChildRepository(store_).GetChild(tenant_id_, child_id));
  return Current(now);
}

Result<RecordAllocation> AllocationService::MoveTeam(const Principal& who, const std::string& child_id,
                                                     const Json& input, const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordDecision, access, "move team"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  if (!MayAllocate(who.user, child.team_id)) return Error::Forbidden(kOnlyManagersMoveTeams);
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, AccountRepository(store_).ListTeams(tenant_id_));
  const AllocationState state{child.team_id, child.allocated_worker_id, child.summary.allocated_worker_name,
                              child.summary.status == "closed"};
  CR_ASSIGN_OR_RETURN(Json payload, BuildTeamChanged(input, child_id, state, teams));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChildTeamChanged, std::move(payload)}}));
  CR_ASSIGN_OR_RETURN(ChildRecord now, ChildRepository(store_).GetChild(tenant_id_, child_id));
  return Current(now);
}

Result<std::vector<Team>> AllocationService::OtherTeams(const Principal& who, const ChildRecord& child) {
  if (!MayAllocate(who.user, child.team_id)) return Error::Forbidden(kOnlyManagersMoveTeams);
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, AccountRepository(store_).ListTeams(tenant_id_));
  std::erase_if(teams, [&](const Team& t) { return t.id == child.team_id; });
  return teams;
}

Result<RecordAllocation> AllocationService::Get(const Principal& who, const std::string& child_id,
                                                const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadOverview, access, "allocation"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  return Current(child);
}

Result<RecordAllocation> AllocationService::Current(const ChildRecord& child) {
  RecordAllocation out{child.allocated_worker_id, child.summary.allocated_worker_name, {}};
  CR_ASSIGN_OR_RETURN(out.history, allocations_.History(tenant_id_, child.summary.id));
  return out;
}

Result<std::vector<TeamWorker>> AllocationService::Workers(const Principal& who, const ChildRecord& child) {
  if (!MayAllocate(who.user, child.team_id)) return Error::Forbidden(kOnlyManagersAllocate);
  return allocations_.TeamWorkers(tenant_id_, child.team_id);
}

Result<Page<UnallocatedChild>> AllocationService::Unallocated(const Principal& who, const std::string& cursor) {
  if (!IsManagerRole(who.user.role)) {
    return Error::Forbidden("Only a team manager or a senior manager has a list of the team’s unallocated records");
  }
  if (who.user.team_id.empty()) return Page<UnallocatedChild>{};
  return allocations_.Unallocated(tenant_id_, who.user.team_id, 50, cursor);
}

}  // namespace childrecord
