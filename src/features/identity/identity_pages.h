#pragma once

#include <vector>

#include "features/feature_module.h"
#include "features/identity/identity_service.h"

namespace childrecord::features::identity {

// The child's identity (R2) in the browser:
//   /children/{id}/identity          the identity as at today or a past date, with its history
//   /children/{id}/identity/change   a dated change, each detail with how it was evidenced
// Handlers borrow `context` and `identity`, which outlive them.
std::vector<FeatureEndpoint> IdentityPageEndpoints(AppContext& context, IdentityService& identity);

}  // namespace childrecord::features::identity
