#pragma once

#include <optional>
#include <string>

#include "core/result.h"
#include "features/closure/closure_views.h"
#include "store/store.h"

namespace childrecord {

// R1 in the database: the record_closures table projected from child.record_closed
// (closure_events.cc). Reads only; a record is closed by appending the event.
// Thread safe: each call takes its own connection from the store's pool. Borrows `store`, which
// must outlive it; cheap to make.
class ClosureRepository {
 public:
  explicit ClosureRepository(Store& store) : store_(store) {}

  // The child's latest closure, or none if the record was never closed. A record reopened since
  // keeps its closures (nothing is deleted): the caller decides from the record's status whether
  // this closure is the current one. Uses the index record_closures_by_child.
  Result<std::optional<RecordClosure>> Latest(const std::string& tenant_id, const std::string& child_id);

 private:
  Store& store_;
};

}  // namespace childrecord
