#pragma once

#include <memory>
#include <vector>

#include "features/allocation/allocation_service.h"
#include "features/feature_module.h"

namespace childrecord {

// R40 in the pages:
//   GET/POST /children/{id}/allocation  the manager's "Change the allocated worker": the team's
//                                       practitioners (each with their caseload) and why
//   GET      /team/unallocated          the team's open records with no allocated worker
// The handlers borrow `context` and `allocations`, which outlive them.
std::vector<FeatureEndpoint> AllocationPageEndpoints(AppContext& context, AllocationService& allocations);

// The record's Overview: the "Allocated worker" row (with "Change" for those who may allocate),
// the allocation history ("Allocated to Ada Worker by Tina Manager on 4 December 2026") and the
// confirmation after an allocation.
std::vector<OverviewSection> AllocationOverviewSections(std::shared_ptr<AllocationService> allocations);

}  // namespace childrecord
