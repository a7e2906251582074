#include "features/children/children_service.h"

#include <algorithm>
#include <chrono>

#include "auth/access_policy.h"
#include "core/ids.h"
#include "core/time_format.h"
#include "features/children/child_repository.h"
#include "features/children/children_events.h"
#include "record/commands.h"
#include "store/account_repository.h"

namespace childrecord {

Result<ChildRecord> ChildrenService::OpenRecord(const Principal& who, const Json& input, const AccessContext& access) {
  if (GrantFor(who.user.role, AccessAction::kOpenRecord) == Grant::kNo) {
    return Error::Forbidden("Only the First Contact Team or a manager can accept a referral and open a record");
  }
  const std::string child_id = NewId();
  CR_ASSIGN_OR_RETURN(Json payload, BuildRecordOpened(input, child_id, store_.clock().Now()));
  CR_ASSIGN_OR_RETURN(std::vector<Team> teams, AccountRepository(store_).ListTeams(tenant_id_));
  const std::string team_id = payload["team_id"];
  if (std::none_of(teams.begin(), teams.end(), [&](const Team& t) { return t.id == team_id; })) {
    return Error::Validation("team_id", "There is no team with that id");
  }
  if (payload["allocated_worker_id"].is_string()) {
    auto worker = AccountRepository(store_).FindUser(tenant_id_, payload["allocated_worker_id"]);
    if (!worker.ok()) return Error::Validation("allocated_worker_id", "There is no practitioner with that id");
  }
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChildRecordOpened, std::move(payload)}}));
  CR_RETURN_IF_ERROR(record_access_.Log(who, child_id, AccessAction::kOpenRecord, access, "", "", "allowed"));
  return ChildRepository(store_).GetChild(tenant_id_, child_id);
}

Result<Page<ChildListItem>> ChildrenService::SearchChildren(const Principal& who, const std::string& query, int limit,
                                                            const std::string& cursor, const AccessContext& access,
                                                            const ChildListScope& scope) {
  if (GrantFor(who.user.role, AccessAction::kSearchChildren) == Grant::kNo) {
    return RoleCannot(who, AccessAction::kSearchChildren);
  }
  CR_ASSIGN_OR_RETURN(Page<ChildListItem> page, ChildRepository(store_).SearchChildren(
                                                    tenant_id_, query, std::clamp(limit, 1, 200), cursor, who.user.id, scope));
  // R40: the records reallocated from the caller lately, which they may still read (30 days): one
  // read for the page, decided per record as every read of the record is (IsRecentPreviousWorker).
  const TimePoint now = store_.clock().Now();
  CR_ASSIGN_OR_RETURN(auto held, ChildRepository(store_).RecentlyHeldBy(
                                     tenant_id_, who.user.id,
                                     FormatUtc(now - kPreviousWorkerReadAccess - std::chrono::hours(24))));
  for (ChildListItem& item : page.items) {
    // Restricted records the caller is not named on never reach here (the store leaves them out).
    ChildAccessFacts facts{item.id, item.team_id, item.allocated_worker_id, false, {}};
    facts.as_of = now;
    for (const auto& [child_id, ended_at] : held) {
      if (child_id == item.id) facts.previous_workers.push_back({who.user.id, ended_at});
    }
    if (DecideRecordAccess(who.user, AccessAction::kReadOverview, facts, false) != AccessDecision::kAllowed) {
      ChildListItem name_only;
      name_only.id = item.id;
      name_only.full_name = item.full_name;
      name_only.reason_required = true;
      item = std::move(name_only);
    }
  }
  CR_RETURN_IF_ERROR(record_access_.Log(who, "", AccessAction::kSearchChildren, access, query, "", "allowed"));
  return page;
}

Result<ChildRecord> ChildrenService::GetChild(const Principal& who, const std::string& child_id,
                                              const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadOverview, access));
  return ChildRepository(store_).GetChild(tenant_id_, child_id);
}

}  // namespace childrecord
