#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/result.h"
#include "features/closure/closure_service.h"
#include "features/referral/referral_rules.h"
#include "record/read_models.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// R1: the First Contact Team (and the managers: AccessAction::kOpenRecord in the access table)
// accepts a referral. Before a record opens, the records that may be the same child are shown, so
// that a second record is not opened by mistake; the referral then opens a new record, or the
// person chooses the record that is the child's: an open one is the child's record already, a
// closed one reopens on the new referral (the closure feature's ClosureService::Reopen). Thread
// safe; borrows `store` and `record_access`, which must outlive it.
class ReferralService {
 public:
  ReferralService(Store& store, const std::string& tenant_id, RecordAccess& record_access)
      : store_(store),
        tenant_id_(tenant_id),
        record_access_(record_access),
        closures_(store, tenant_id, record_access) {}

  // The teams a record may belong to, by name. kForbidden for a role that may not open records.
  Result<std::vector<Team>> Teams(const Principal& who);

  // The records that may be the same child as `referral` (already checked: CheckReferral), most
  // likely first. Logged as one "children.search" row, like a search of the children's names.
  Result<std::vector<PossibleMatch>> PossibleMatchesFor(const Principal& who, const ReferralInput& referral,
                                                        const AccessContext& access);

  // Opens a new record for `referral` (its NHS number, when given, recorded as the identity's
  // first change, from the referral's date, in the same write): the new child's id. When possible
  // matches were shown, `not_a_duplicate` says why none of them is the child; it is kept as the
  // reason of the opening's access-log row, where an auditor reads it (R40).
  Result<std::string> Open(const Principal& who, const ReferralInput& referral, const std::string& not_a_duplicate,
                           const AccessContext& access);

  // The person says the child of `child_id` is the referral's child: a closed record reopens on the
  // referral ("reopened"); an open one is left as it is ("open": no record was opened). A record
  // that is not one of the referral's possible matches is kValidation.
  Result<std::string> SameChild(const Principal& who, const std::string& child_id, const ReferralInput& referral,
                                const AccessContext& access);

 private:
  Status MayOpen(const Principal& who) const;

  Store& store_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
  ClosureService closures_;  // reopening a closed record (R1), as its own pages do
};

}  // namespace childrecord
