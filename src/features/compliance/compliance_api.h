#pragma once

#include <vector>

#include "features/compliance/compliance_service.h"
#include "features/feature_module.h"

namespace childrecord {

// R20, R24, R25, R28: GET /api/v1/compliance, a team's open records with what each needs. The
// handlers borrow `compliance`, which the module keeps alive.
std::vector<FeatureEndpoint> ComplianceApiEndpoints(AppContext& context, ComplianceService& compliance);
Json ComplianceOpenApiSchemas();

}  // namespace childrecord
