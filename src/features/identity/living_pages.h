#pragma once

#include <memory>
#include <vector>

#include "features/feature_module.h"
#include "features/identity/identity_service.h"

namespace childrecord::features::identity {

// Where the child lives and their legal status (R4, R8) in the browser:
//   /children/{id}/living            where the child lives now, the legal status, the history
//   /children/{id}/living/new        a new living arrangement from a date
// Handlers borrow `context` and `identity`, which outlive them.
std::vector<FeatureEndpoint> LivingPageEndpoints(AppContext& context, IdentityService& identity);

// The Overview's rows "Where they live" and "Legal status" (template overview_living): where the
// child lives now and their legal status explained, or "Not recorded yet". Read through
// IdentityService (kReadOverview, logged).
// The section holds `identity`, so it lives as long as the section.
OverviewSection LivingOverviewSection(std::shared_ptr<IdentityService> identity);

}  // namespace childrecord::features::identity
