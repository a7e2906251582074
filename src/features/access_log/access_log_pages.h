#pragma once

#include <vector>

#include "features/access_log/access_log_service.h"
#include "features/feature_module.h"

namespace childrecord {

// The access log in the browser (SPEC §4: audit views for auditors and managers; template
// access_log/audit):
//   GET /audit           the access log, filtered by user, child and dates
//   GET /audit.csv       the same rows as CSV
//   GET /audit/reasons   "access with reason" for the team manager to review (R40)
// The handlers borrow `context` and `log`, which outlive them.
std::vector<FeatureEndpoint> AccessLogPageEndpoints(AppContext& context, AccessLogService& log);

}  // namespace childrecord
