#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/allocation/allocation_service.h"
#include "features/feature_module.h"

namespace childrecord {

// R40 in the JSON API:
//   GET  /api/v1/children/{id}/allocation   the record's worker and its allocation history
//   POST /api/v1/children/{id}/allocation   {worker_id, reason}: allocate or reallocate the record
// Both answer with schema ChildAllocation. The handlers borrow `context` and `allocations`, which
// outlive them.
std::vector<FeatureEndpoint> AllocationApiEndpoints(AppContext& context, AllocationService& allocations);
// The schemas the operations refer to (NewAllocation, Allocation, ChildAllocation).
Json AllocationOpenApiSchemas();
// The API's answer for a record's allocation.
Json RecordAllocationJson(const RecordAllocation& allocation);

}  // namespace childrecord
