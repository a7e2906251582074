#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// The API of issue 3 items 7 and 8:
//   GET  /api/v1/audit                      the access log (filters user, child, from, to; limit,
//                                           cursor; format=csv for CSV)
//   GET  /api/v1/audit/reasons              accesses with a stated reason (the manager's review)
//   POST /api/v1/children/{id}/restriction  restrict a record to named people, or lift that
void AddAuditApiRoutes(Router& router, AppContext& context);

}  // namespace childrecord
