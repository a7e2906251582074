#include "features/closure/closure_service.h"

#include "auth/access_policy.h"
#include "features/children/child_repository.h"
#include "features/closure/closure_events.h"
#include "features/closure/closure_repository.h"
#include "features/closure/closure_rules.h"

namespace childrecord {

Result<std::optional<RecordClosure>> ClosureService::Current(const ChildRecord& child) {
  if (child.summary.status != "closed") return std::optional<RecordClosure>();
  return ClosureRepository(store_).Latest(tenant_id_, child.summary.id);
}

Result<RecordState> ClosureService::StateOf(const ChildRecord& child) {
  CR_ASSIGN_OR_RETURN(std::optional<RecordClosure> closure, Current(child));
  return RecordState{child.summary.status, child.referral_received_on, closure ? closure->closed_on : std::string()};
}

Result<ChildRecord> ClosureService::Close(const Principal& who, const std::string& child_id, const Json& input,
                                          const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "close"));
  if (!IsManagerRole(who.user.role)) {
    return Error::Forbidden("Only a team manager or senior manager can close a record: it is a management decision");
  }
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(RecordState state, StateOf(child));
  CR_ASSIGN_OR_RETURN(Json payload, BuildRecordClosed(input, child_id, state, store_.clock().Now()));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChildRecordClosed, std::move(payload)}}));
  return ChildRepository(store_).GetChild(tenant_id_, child_id);
}

Result<ChildRecord> ClosureService::Reopen(const Principal& who, const std::string& child_id, const Json& input,
                                           const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kOpenRecord, access, "reopen"));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(RecordState state, StateOf(child));
  CR_ASSIGN_OR_RETURN(Json payload, BuildRecordReopened(input, child_id, state, store_.clock().Now()));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChildRecordReopened, std::move(payload)}}));
  return ChildRepository(store_).GetChild(tenant_id_, child_id);
}

}  // namespace childrecord
