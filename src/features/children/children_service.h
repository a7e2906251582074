#pragma once

#include <string>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "features/children/children_views.h"
#include "record/read_models.h"
#include "service/app_context.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// The children's records: opening one (R1), finding children by name and reading one child's
// record, each decided and logged through RecordAccess. Thread safe; keeps no state but what it
// borrows (`store`, `record_access`, which must outlive it), so it is cheap to make where needed.
class ChildrenService {
 public:
  ChildrenService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access) {}
  explicit ChildrenService(AppContext& context)
      : ChildrenService(context.store, context.tenant.id, context.record_access) {}

  // R1: a First Contact user (or a manager) accepts a referral; the record opens.
  Result<ChildRecord> OpenRecord(const Principal& who, const Json& input, const AccessContext& access = {});

  // Children by name. Restricted records are left out unless the caller is named on them; a child
  // the caller may not open without a reason comes back with only id and full_name
  // (reason_required set). Logged as one "children.search" row.
  // `scope` narrows the list to a worker's or a team's records (ChildListScope).
  Result<Page<ChildListItem>> SearchChildren(const Principal& who, const std::string& query, int limit,
                                             const std::string& cursor, const AccessContext& access = {},
                                             const ChildListScope& scope = {});
  // One child's record, read (and logged) as kReadOverview.
  Result<ChildRecord> GetChild(const Principal& who, const std::string& child_id, const AccessContext& access = {});

 private:
  Store& store_;
  std::string tenant_id_;
  RecordAccess& record_access_;
};

}  // namespace childrecord
