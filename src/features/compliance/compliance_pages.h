#pragma once

#include <memory>
#include <vector>

#include "features/compliance/compliance_service.h"
#include "features/feature_module.h"

namespace childrecord {

// R20, R24, R25, R28: the team's page of what its records need (/team/compliance) and the
// record's Overview section. The handlers borrow `compliance`, which the module keeps alive.
std::vector<FeatureEndpoint> CompliancePageEndpoints(AppContext& context, ComplianceService& compliance);
std::vector<OverviewSection> ComplianceOverviewSections(std::shared_ptr<ComplianceService> compliance);

// A finding as the pages and the API show it: its words, where to fix it and since when (in words).
Json FindingJson(const std::string& child_id, const Finding& finding);

}  // namespace childrecord
