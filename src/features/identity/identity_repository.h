#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "features/identity/identity_views.h"
#include "store/store.h"

namespace childrecord {

// Reads of the child's identity history (R2) and living arrangements (R4, R8).
// Written only by appending events (Store::Append). Thread safe: each call takes its own
// connection from the store's pool. Borrows `store`, which must outlive it; cheap to make.
class IdentityRepository {
 public:
  explicit IdentityRepository(Store& store) : store_(store) {}

  // The child's identity changes in the order they were recorded (oldest first).
  Result<std::vector<IdentityChangeView>> IdentityHistory(const std::string& tenant_id, const std::string& child_id);
  // The child's identity columns. kNotFound if no such child.
  Result<ChildIdentityRow> ChildIdentity(const std::string& tenant_id, const std::string& child_id);
  // The child's living arrangements in the order they were recorded (oldest first).
  Result<std::vector<LivingArrangementView>> LivingArrangements(const std::string& tenant_id,
                                                                const std::string& child_id);

 private:
  Store& store_;
};

}  // namespace childrecord
