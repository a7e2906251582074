#pragma once

#include <vector>

#include "features/feature_module.h"
#include "features/restriction/restriction_service.h"

namespace childrecord::features::restriction {

// POST /api/v1/children/{id}/restriction: restrict a record to named people, or lift that.
// Outside one's caseload it needs a reason like every /children/{id} resource (docs/access.md).
// Handlers borrow `context` and `service`, which outlive them.
std::vector<FeatureEndpoint> RestrictionApiEndpoints(AppContext& context, RestrictionService& service);
// The components.schemas the operation refers to: Restriction.
Json RestrictionOpenApiSchemas();

}  // namespace childrecord::features::restriction
