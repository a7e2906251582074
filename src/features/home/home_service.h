#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/result.h"
#include "features/allocation/allocation_views.h"
#include "features/home/home_repository.h"
#include "features/home/home_views.h"
#include "features/plan/plan_views.h"
#include "features/summary/summary_views.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// A practitioner's own work: their open records (the first kHomeListLimit by name, each with its
// latest home visit) and what they recorded late in the last 7 days (R28).
struct PractitionerHome {
  int64_t children_count = 0;
  std::vector<HomeChild> children;
  std::vector<HomeLateEntry> late_entries;
  // R25 out of hours: what the Emergency Duty Team recorded on their records in the last 3 days.
  std::vector<OutOfHoursEntry> out_of_hours;
  // R24: the plan actions they own that are past their date, the earliest first.
  std::vector<OverdueAction> actions_overdue;
};

// A team manager's team (R40): its open and unallocated records, each worker's caseload and the
// team's late entries in the last 7 days.
struct ManagerHome {
  bool has_team = false;
  TeamRecordCount team;
  std::vector<UnallocatedChild> unallocated;  // the first kHomeListLimit by name
  std::vector<TeamWorker> workers;
  std::vector<HomeLateEntry> late_entries;
};

// R40 and SPEC §4: the home page's use cases, one per role's page. Each reads only lists the
// role already sees elsewhere (the children list, the team's unallocated records, the accounts
// pages); a role asking for another's page is kForbidden. A list of children writes one
// access-log row, as the children list does (SPEC §4: who saw which list, when, from where).
// Thread safe; borrows `store` and `record_access`, which must outlive it.
class HomeService {
 public:
  HomeService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), home_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access) {}

  Result<PractitionerHome> Practitioner(const Principal& who, const AccessContext& access = {});
  Result<ManagerHome> Manager(const Principal& who, const AccessContext& access = {});
  // The records opened today on London's clock, newest first (first_contact, managers).
  Result<std::vector<HomeChild>> OpenedToday(const Principal& who, const AccessContext& access = {});
  // Every team's open and unallocated records (senior managers).
  Result<std::vector<TeamRecordCount>> Teams(const Principal& who, const AccessContext& access = {});
  // R44: how many sign-in names are locked now (administrators).
  Result<int64_t> LockedAccounts(const Principal& who);

 private:
  Store& store_;
  HomeRepository home_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
};

}  // namespace childrecord
