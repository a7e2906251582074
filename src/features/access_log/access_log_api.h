#pragma once

#include <vector>

#include "features/access_log/access_log_service.h"
#include "features/feature_module.h"

namespace childrecord {

// The access log in the JSON API (SPEC §4: audit views for auditors and managers):
//   GET /api/v1/audit           the access log (filters user, child, from, to; limit, cursor;
//                               format=csv for CSV)
//   GET /api/v1/audit/reasons   accesses with a stated reason (the team manager's review, R40)
// The handlers borrow `context` and `log`, which outlive them.
std::vector<FeatureEndpoint> AccessLogApiEndpoints(AppContext& context, AccessLogService& log);

}  // namespace childrecord
