#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "core/time_format.h"
#include "features/identity/identity_rules.h"
#include "features/identity/identity_views.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// R2: the identity as at a date: the dated changes (as projected, in recorded order), and for the
// details the record was opened with and no change has touched by then, the opened values
// (effective_from "": from the start). Pure. The genogram reads the child's sex through it (R20).
Identity IdentityOn(const std::vector<IdentityChangeView>& history, const ChildIdentityRow& row, Date as_at);

// R2: a child's identity as at a date, with the dated history it was worked out from.
struct IdentityAnswer {
  std::string child_id;
  Date as_at;
  Identity identity;
  std::vector<IdentityChangeView> history;  // oldest first
};

// R4/R8: the arrangement in force today and every arrangement recorded.
struct LivingAnswer {
  std::string child_id;
  std::optional<LivingArrangementView> current;
  std::vector<LivingArrangementView> history;  // newest first (latest effective_from, then latest recorded)
};

// The child's identity (R2) and where they live with their legal status (R4, R8) — the use
// cases. Every call decides access through RecordAccess::Authorize, so it is logged like any
// use of the record. Thread safe; borrows `store` and `record_access`, which must outlive it.
class IdentityService {
 public:
  IdentityService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access) {}

  // R2: a dated change to the identity (BuildIdentityChanged: errors name the field, e.g.
  // "changes.nhs_number.value"; a local child id cannot be cleared). Needs kRecordEntry. Returns
  // the identity as at today.
  Result<IdentityAnswer> ChangeIdentity(const Principal& who, const std::string& child_id, const Json& input,
                                        const AccessContext& access = {});
  // R2: the identity in force at the end of `as_at` (IdentityAsAt over the history; details never
  // changed are as the record was opened, with an empty effective_from) and every change, oldest
  // first. Needs kReadOverview.
  Result<IdentityAnswer> GetIdentity(const Principal& who, const std::string& child_id, Date as_at,
                                     const AccessContext& access = {});
  // R4/R8: records where and with whom the child lives, and the legal status, from a date
  // (BuildLivingArrangement). Needs kRecordEntry. Returns the arrangements as ListLivingArrangements.
  Result<LivingAnswer> RecordLivingArrangement(const Principal& who, const std::string& child_id, const Json& input,
                                               const AccessContext& access = {});
  // R4: the arrangement in force today (none before the first) and every one, newest first.
  // Needs kReadOverview.
  Result<LivingAnswer> ListLivingArrangements(const Principal& who, const std::string& child_id,
                                              const AccessContext& access = {});

 private:
  // The child's living arrangements as ListLivingArrangements answers (no access check).
  Result<LivingAnswer> LivingOf(const std::string& child_id);

  Store& store_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
};

}  // namespace childrecord
