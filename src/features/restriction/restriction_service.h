#pragma once

#include <string>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "record/read_models.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord::features::restriction {

// Restricting a record to named people (SPEC §4: a record of a member of staff's relative, or a
// high-profile family): only they see that it exists; lifting the restriction. Decided through
// RecordAccess::Authorize (kRestrictRecord: team and senior managers) and logged. Thread safe;
// borrows `store` and `record_access`, which must outlive it.
class RestrictionService {
 public:
  RestrictionService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access) {}

  // Restricts a record to named people, or lifts the restriction. Input:
  // {"restricted": bool, "named_user_ids": [user ids], "reason": "why"}. The caller is always
  // named. Journaled as child.access_restricted.
  Result<ChildAccessFacts> Restrict(const Principal& who, const std::string& child_id, const Json& input,
                                    const AccessContext& access);

 private:
  Store& store_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
};

}  // namespace childrecord::features::restriction
