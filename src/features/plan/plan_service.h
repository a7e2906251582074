#pragma once

#include <memory>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "core/working_days.h"
#include "features/children/children_views.h"
#include "features/plan/plan_rules.h"
#include "features/plan/plan_views.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// R24, R20: the child's plan — the use cases. Every read decides kReadEntries and every write
// kRecordEntry through RecordAccess::Authorize (logged), on the record the plan belongs to.
// Writes append plan.* events (plan_events.h) built by the pure rules (plan_rules.h).
// Thread safe; borrows `store` and `record_access`, which must outlive it; shares `calendar`.
class PlanService {
 public:
  PlanService(Store& store, std::string tenant_id, RecordAccess& record_access,
              std::shared_ptr<const WorkingDayCalendar> calendar)
      : store_(store),
        tenant_id_(std::move(tenant_id)),
        record_access_(record_access),
        calendar_(std::move(calendar)) {}

  // The child's plans with everything on them, in force first.
  Result<std::vector<PlanDetail>> ChildPlans(const Principal& who, const std::string& child_id,
                                             const AccessContext& access = {});
  // One plan; kNotFound for an unknown plan or one on a record hidden from `who`.
  Result<PlanDetail> GetPlan(const Principal& who, const std::string& plan_id, const AccessContext& access = {});

  // The writes (plan_rules.h says what each input holds); each answers with the plan after it.
  Result<PlanDetail> Start(const Principal& who, const std::string& child_id, const Json& input,
                           const AccessContext& access = {});
  Result<PlanDetail> AddGoal(const Principal& who, const std::string& plan_id, const Json& input,
                             const AccessContext& access = {});
  Result<PlanDetail> AddAction(const Principal& who, const std::string& plan_id, const Json& input,
                               const AccessContext& access = {});
  Result<PlanDetail> RecordReview(const Principal& who, const std::string& plan_id, const Json& input,
                                  const AccessContext& access = {});
  Result<PlanDetail> End(const Principal& who, const std::string& plan_id, const Json& input,
                         const AccessContext& access = {});

  // For a record the caller has already been allowed to read (decides and logs nothing itself).
  Result<std::vector<PlanDetail>> PlansOf(const std::string& child_id);
  Result<PlanDetail> PlanOf(const std::string& child_id, const std::string& plan_id);  // kNotFound if not its plan
  Result<std::vector<OverdueAction>> OverdueOf(const std::string& child_id);
  // Who may own an action on the record: its people and its allocated worker.
  Result<ActionOwners> OwnersOf(const ChildRecord& child);

  const WorkingDayCalendar& calendar() const { return *calendar_; }
  // Today in Europe/London, by the store's clock (the fake clock in tests).
  Date Today() const;

 private:
  // The plan and the record it is on, after deciding `action` on that record.
  Result<PlanDetail> Authorized(const Principal& who, const std::string& plan_id, AccessAction action,
                                const AccessContext& access, const std::string& detail);
  Result<PlanDetail> Reload(const std::string& plan_id);

  Store& store_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
  std::shared_ptr<const WorkingDayCalendar> calendar_;
};

}  // namespace childrecord
